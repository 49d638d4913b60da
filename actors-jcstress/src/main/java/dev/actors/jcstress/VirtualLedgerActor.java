package dev.actors.jcstress;

import dev.actors.RestartPolicy;
import dev.actors.VirtualThreadActor;
import java.time.Duration;

/**
 * A {@link VirtualThreadActor} that records what it does in a {@link Ledger}. Cheap to start
 * and stop, so most jcstress tests start a fresh one per sample.
 */
public final class VirtualLedgerActor extends VirtualThreadActor {

    private final Ledger ledger;
    private final int capacity;
    private final RestartPolicy policy;

    /**
     * An actor with the default (unbounded) mailbox.
     *
     * @param ledger where the actor records what it does
     */
    public VirtualLedgerActor(Ledger ledger) {
        this(ledger, 0);
    }

    /**
     * @param ledger where the actor records what it does
     * @param capacity mailbox capacity, or 0 for the default
     */
    public VirtualLedgerActor(Ledger ledger, int capacity) {
        this(ledger, capacity, RestartPolicy.never());
    }

    private VirtualLedgerActor(Ledger ledger, int capacity, RestartPolicy policy) {
        this.ledger = ledger;
        this.capacity = capacity;
        this.policy = policy;
    }

    /**
     * An actor that restarts at once and (nearly) always after a failed tell: start it with
     * {@code registry.startFrom(() -> VirtualLedgerActor.restartingAtOnce(ledger))}; every
     * incarnation records in the same ledger.
     *
     * @param ledger where every incarnation records what it does
     * @return a new actor
     */
    public static VirtualLedgerActor restartingAtOnce(Ledger ledger) {
        return new VirtualLedgerActor(ledger, 0, RestartPolicy.onFailure()
                .withBackoff(Duration.ZERO, Duration.ZERO)
                .withMaxRestarts(1_000, Duration.ofMinutes(1)));
    }

    @Override
    protected RestartPolicy restartPolicy() {
        return policy;
    }

    @Override
    protected int mailboxCapacity() {
        return capacity > 0 ? capacity : super.mailboxCapacity();
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

    @Override
    protected void onFailure(Throwable cause) {
        ledger.failed();
    }
}
