package dev.actors.sample.bank.notify;

import dev.actors.VirtualThreadActor;
import dev.actors.spring.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends compliance alerts for large transfers (here: writes them to the log). A singleton
 * actor on virtual threads, reached only by plain {@code tell}s through an injected
 * {@code ActorRef<Notifier>}: the transfer never waits for the alert.
 *
 * <p>It is also the sample's failure demo: a {@link SimulatedOutage} message makes it throw.
 * A failure in a told message has no caller to go to, so (Pykka's rule) it is logged,
 * {@link #onFailure} runs and the actor stops for good; the {@code actors} health indicator
 * then reports DOWN until the application is restarted.
 */
@Actor
public class Notifier extends VirtualThreadActor {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private long alertsSent;

    /** Creates the notifier. */
    public Notifier() {
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
     * Runs after a told message failed, just before the actor stops.
     *
     * @param cause what the handler threw
     */
    @Override
    protected void onFailure(Throwable cause) {
        log.error("{} is stopping after a failure; large-transfer alerts are no longer sent and the "
                + "'actors' health indicator reports DOWN until the application restarts: {}", this,
                cause.getMessage());
    }

    @Override
    protected void onStop() {
        log.info("Stopped the notifier ({}) after sending {} alerts", this, alertsSent);
    }
}
