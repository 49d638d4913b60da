package dev.actors.jcstress;

import dev.actors.VirtualThreadActor;

/**
 * A {@link VirtualThreadActor} that records what it does in a {@link Ledger}. Cheap to start
 * and stop, so most jcstress tests start a fresh one per sample.
 */
public final class VirtualLedgerActor extends VirtualThreadActor {

    private final Ledger ledger;
    private final int capacity;

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
        this.ledger = ledger;
        this.capacity = capacity;
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
