package dev.actors.jcstress;

import dev.actors.ThreadingActor;

/**
 * A {@link ThreadingActor} (one platform thread) that records what it does in a
 * {@link Ledger}. Daemon, so that a forked jcstress VM can never be held up by one.
 */
public final class PlatformLedgerActor extends ThreadingActor {

    private final Ledger ledger;

    /** @param ledger where the actor records what it does */
    public PlatformLedgerActor(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    protected boolean useDaemonThread() {
        return true;
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
