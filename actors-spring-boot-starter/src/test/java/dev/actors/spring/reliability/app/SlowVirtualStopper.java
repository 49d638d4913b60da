package dev.actors.spring.reliability.app;

import dev.actors.VirtualThreadActor;
import dev.actors.spring.Actor;

/** A virtual-thread actor whose {@code onStop} never finishes in time. */
@Actor
class SlowVirtualStopper extends VirtualThreadActor {

    @Override
    protected void onStop() {
        StubbornStop.holdIgnoringInterrupts();
    }
}
