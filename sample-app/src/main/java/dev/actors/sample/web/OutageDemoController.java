package dev.actors.sample.web;

import java.util.Map;

import dev.actors.ActorDeadException;
import dev.actors.ActorRef;
import dev.actors.sample.bank.notify.Notifier;
import dev.actors.sample.bank.notify.SimulatedOutage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * DEMO ONLY: breaks the {@link Notifier} on purpose to show what an actor failure looks
 * like. The notifier is told a {@link SimulatedOutage}; its handler throws, its
 * {@code onFailure} logs the failure, it stops, and {@code /actuator/health} reports the
 * {@code actors} component DOWN. Nothing brings it back but a restart. A real application
 * has no such endpoint.
 */
@RestController
@RequestMapping("/api/demo")
public class OutageDemoController {

    private final ActorRef<Notifier> notifier;

    /**
     * Creates the controller.
     *
     * @param notifier the notifier's ref
     */
    public OutageDemoController(ActorRef<Notifier> notifier) {
        this.notifier = notifier;
    }

    /**
     * Tells the notifier to fail. Answers before it fails: a {@code tell} does not wait.
     *
     * @return what was sent to which actor
     */
    @PostMapping("/notifier-outage")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Map<String, String> simulateNotifierOutage() {
        try {
            notifier.tell(new SimulatedOutage("requested through POST /api/demo/notifier-outage"));
        }
        catch (ActorDeadException alreadyStopped) {
            throw new ErrorResponseException(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "The notifier has already stopped (" + alreadyStopped.getMessage()
                            + "); restart the application to run the demo again"), alreadyStopped);
        }
        return Map.of("actor", notifier.toString(),
                "sent", SimulatedOutage.class.getSimpleName(),
                "then", "GET /actuator/health shows the 'actors' component DOWN");
    }
}
