package dev.actors.reliability;

import dev.actors.RestartPolicy;
import dev.actors.ThreadingActor;

/** A soak actor on its own platform thread (non-daemon: it must not outlive {@code stopAll}). */
final class SoakThreadingActor extends ThreadingActor {

    private final SoakLedger ledger;
    private final Fault hookFault;
    private final int capacity;
    private final RestartPolicy policy;

    SoakThreadingActor(SoakLedger ledger, Fault hookFault, int capacity) {
        this(ledger, hookFault, capacity, RestartPolicy.never());
    }

    SoakThreadingActor(SoakLedger ledger, Fault hookFault, int capacity, RestartPolicy policy) {
        this.policy = policy;
        this.ledger = ledger;
        this.hookFault = hookFault;
        this.capacity = capacity;
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
    protected void onStart() {
        ledger.onStart(hookFault);
    }

    @Override
    protected Object onReceive(Object message) {
        return ledger.receive(message);
    }

    @Override
    protected void onStop() {
        ledger.onStop(hookFault);
    }

    @Override
    protected void onFailure(Throwable cause) {
        ledger.onFailure(hookFault);
    }
}
