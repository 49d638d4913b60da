package dev.actors.jcstress;

import dev.actors.ActorRef;
import dev.actors.VirtualThreadActor;

/**
 * Counts how often its start hook runs and whether two of its handlers (or the start hook)
 * ever run at the same time, which a single-consumer mailbox must never allow. Fields are
 * read by the arbiter after a reply, which orders them.
 */
public final class OverlapCountingActor extends VirtualThreadActor {

    private int inside;
    private int overlaps;
    private int starts;
    private int handled;

    /**
     * This actor's ref, available before it is started.
     *
     * @return the ref
     */
    public ActorRef<OverlapCountingActor> ref() {
        return actorRef();
    }

    @Override
    protected void onStart() {
        starts++;
        enterAndLeave();
    }

    @Override
    protected Object onReceive(Object message) {
        enterAndLeave();
        handled++;
        return new int[] {overlaps, starts, handled};
    }

    private void enterAndLeave() {
        if (++inside > 1) {
            overlaps++;
        }
        for (int spin = 0; spin < 100; spin++) {
            Thread.onSpinWait();
        }
        inside--;
    }
}
