package dev.actors.reliability;

import dev.actors.VirtualThreadActor;

/** A soak actor on virtual threads. */
final class SoakVirtualActor extends VirtualThreadActor {

    private final SoakLedger ledger;
    private final Fault hookFault;
    private final int capacity;

    SoakVirtualActor(SoakLedger ledger, Fault hookFault, int capacity) {
        this.ledger = ledger;
        this.hookFault = hookFault;
        this.capacity = capacity;
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
