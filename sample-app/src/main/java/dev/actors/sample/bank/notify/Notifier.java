package dev.actors.sample.bank.notify;

import java.time.Duration;

import dev.actors.RestartPolicy;
import dev.actors.VirtualThreadActor;
import dev.actors.spring.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

/**
 * Sends compliance alerts for large transfers (here: writes them to the log). A singleton
 * actor on virtual threads, reached only by plain {@code tell}s through an injected
 * {@code ActorRef<Notifier>}: the transfer never waits for the alert.
 *
 * <p>It is also the sample's failure demo: a {@link SimulatedOutage} message makes it throw.
 * A failure in a told message has no caller to go to, so it is logged and {@link #onFailure}
 * runs; then, instead of stopping for good (Pykka's rule), its {@link #restartPolicy()}
 * restarts it: after a backoff ({@code bank.notifier.restart-backoff}, 5 s by default,
 * doubling up to four times that for the next restarts within a minute) the starter creates a
 * new {@code Notifier} bean, its constructor injected again, behind the same
 * {@code ActorRef}. Alerts told meanwhile wait in its mailbox and are sent by the new instance.
 * The {@code actors} health indicator stays UP (with {@code restarting: 1} during the backoff),
 * {@code /actuator/actors} shows the {@code restartCount}, and the meters
 * {@code actors.restarts} and {@code actors.dead.letters{reason=failed}} count it. A fourth
 * failure within a minute is one too many ({@link RestartPolicy#onFailure()}'s bound): the
 * notifier then stops for good and the health indicator reports DOWN.
 */
@Actor
public class Notifier extends VirtualThreadActor {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final Duration restartBackoff;

    private long alertsSent;

    /**
     * Creates the notifier; the starter calls this again at each restart.
     *
     * @param restartBackoff the wait before the first restart after a failure
     *     ({@code bank.notifier.restart-backoff}, default 5 s)
     */
    public Notifier(@Value("${bank.notifier.restart-backoff:5s}") Duration restartBackoff) {
        this.restartBackoff = restartBackoff;
    }

    /**
     * Restart after a failed {@code tell}: at most 3 times within a minute, after
     * {@code restartBackoff}, then twice and four times as long.
     *
     * @return the policy
     */
    @Override
    protected RestartPolicy restartPolicy() {
        return RestartPolicy.onFailure().withBackoff(restartBackoff, restartBackoff.multipliedBy(4));
    }

    /** Says so when this is the new instance of a restart. */
    @Override
    protected void onStart() {
        int restarts = actorRef().restartCount();
        if (restarts > 0) {
            log.info("{} is back after restart #{}: sending alerts again", this, restarts);
        }
    }

    /**
     * Handles {@link LargeTransferAlert} and {@link SimulatedOutage}.
     *
     * @param message the message
     * @return nothing (alerts are told, not asked)
     * @throws Exception as the base class
     */
    @Override
    protected Object onReceive(Object message) throws Exception {
        return switch (message) {
            case LargeTransferAlert alert -> {
                alertsSent++;
                log.info("Compliance alert #{}: transfer {} moved {} cents from {} to {}", alertsSent,
                        alert.transferId(), alert.amountCents(), alert.fromAccountId(), alert.toAccountId());
                yield null;
            }
            case SimulatedOutage outage -> throw new IllegalStateException(
                    "Notifier lost its connection to the compliance system (simulated: " + outage.reason() + ")");
            default -> super.onReceive(message);
        };
    }

    /**
     * Runs after a told message failed, before the restart policy replaces this instance (or,
     * past its bound, stops the actor).
     *
     * @param cause what the handler threw
     */
    @Override
    protected void onFailure(Throwable cause) {
        log.error("{} failed after sending {} alerts; its restart policy replaces it with a new instance after a "
                + "backoff (alerts told meanwhile wait for it), unless it failed too often: {}", this, alertsSent,
                cause.getMessage());
    }

    @Override
    protected void onStop() {
        log.info("Stopped the notifier ({}) after sending {} alerts", this, alertsSent);
    }
}
