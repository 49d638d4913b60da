package dev.actors.jcstress;

import dev.actors.RestartPolicy;
import dev.actors.VirtualThreadActor;
import java.time.Duration;

/**
 * A {@link VirtualLedgerActor} with a restart policy that restarts at once and (nearly) always:
 * every instance a restart builds shares the same {@link Ledger}, so the ledger counts what the
 * actor handled across incarnations.
 */
public final class RestartingLedgerActor extends VirtualThreadActor {

    private static final RestartPolicy AT_ONCE = RestartPolicy.onFailure()
            .withBackoff(Duration.ZERO, Duration.ZERO)
            .withMaxRestarts(1_000, Duration.ofMinutes(1));

    private final Ledger ledger;

    /** @param ledger where every incarnation records what it does */
    public RestartingLedgerActor(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    protected RestartPolicy restartPolicy() {
        return AT_ONCE;
    }

    @Override
    protected Object onReceive(Object message) {
        try {
            return ledger.receive(message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while blocked", e);
        }
    }

    @Override
    protected void onStop() {
        ledger.stopped();
    }
}
