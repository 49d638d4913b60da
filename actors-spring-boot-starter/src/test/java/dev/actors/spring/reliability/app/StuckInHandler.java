package dev.actors.spring.reliability.app;

import dev.actors.ThreadingActor;
import dev.actors.spring.Actor;
import java.util.concurrent.CountDownLatch;

/** A platform-thread (non-daemon) actor stuck in a handler when the application stops. */
@Actor
class StuckInHandler extends ThreadingActor {

    /** Counted down once the actor is stuck. */
    static final CountDownLatch STUCK = new CountDownLatch(1);

    @Override
    protected Object onReceive(Object message) {
        STUCK.countDown();
        StubbornStop.holdIgnoringInterrupts();
        return null;
    }
}
