package dev.actors.spring.web;

import dev.actors.ThreadingActor;
import dev.actors.spring.Actor;

/** Counts the entries told to it; writes the final count to the journal when it stops. */
@Actor
class Ledger extends ThreadingActor {

    static final String GATE = "gate";

    static final String ENTRY = "entry";

    private final StopJournal journal;

    private final LedgerGate gate;

    private int entries;

    Ledger(StopJournal journal, LedgerGate gate) {
        this.journal = journal;
        this.gate = gate;
    }

    @Override
    protected Object onReceive(Object message) {
        if (GATE.equals(message)) {
            try {
                gate.pass();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        else if (ENTRY.equals(message)) {
            entries++;
        }
        return entries;
    }

    @Override
    protected void onStop() {
        journal.add(getClass().getSimpleName() + ":" + entries);
    }
}
