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
 * DEMO ONLY: breaks the {@link Notifier} on purpose to show what an actor failure and its
 * supervision look like. The notifier is told a {@link SimulatedOutage}; its handler throws,
 * its {@code onFailure} logs the failure, and its restart policy replaces it with a new
 * instance after a backoff: {@code /actuator/health} keeps the {@code actors} component UP
 * (with {@code restarting: 1} meanwhile), {@code /actuator/actors} counts the restart. A
 * fourth outage within a minute is past the policy's bound: the notifier stops for good and
 * the health turns DOWN. A real application has no such endpoint.
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
                    "The notifier has already stopped (" + alreadyStopped.getMessage() + "): it failed more often "
                            + "than its restart policy allows; restart the application to run the demo again"),
                    alreadyStopped);
        }
        return Map.of("actor", notifier.toString(),
                "sent", SimulatedOutage.class.getSimpleName(),
                "then", "GET /actuator/health: the 'actors' component stays UP, 'restarting': 1 during the backoff; "
                        + "GET /actuator/actors: the notifier's restartCount");
    }
}
