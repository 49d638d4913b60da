package dev.actors.spring.reliability.app;

import dev.actors.ThreadingActor;
import dev.actors.spring.Actor;

/** A platform-thread (non-daemon) actor whose {@code onStop} never finishes in time. */
@Actor
class StuckInOnStop extends ThreadingActor {

    @Override
    protected void onStop() {
        StubbornStop.holdIgnoringInterrupts();
    }
}
