package dev.actors.spring.web;

import dev.actors.ThreadingActor;
import dev.actors.spring.Actor;

@Actor
class Adder extends ThreadingActor implements AdderApi {

    private final StopJournal journal;

    Adder(StopJournal journal) {
        this.journal = journal;
    }

    @Override
    public int addOne(int i) {
        return i + 1;
    }

    @Override
    protected void onStop() {
        journal.add(getClass().getSimpleName());
    }
}
