package dev.actors.spring.web;

import dev.actors.VirtualThreadActor;
import dev.actors.spring.Actor;

@Actor
class Bookkeeper extends VirtualThreadActor {

    private final AdderApi adder;

    private final StopJournal journal;

    Bookkeeper(AdderApi adder, StopJournal journal) {
        this.adder = adder;
        this.journal = journal;
    }

    public int countTo(int n) {
        int i = 0;
        while (i < n) {
            i = adder.addOne(i);
        }
        return i;
    }

    @Override
    protected void onStop() {
        journal.add(getClass().getSimpleName());
    }
}
