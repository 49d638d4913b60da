package dev.actors.benchmarks.spring;

import dev.actors.VirtualThreadActor;
import dev.actors.spring.Actor;
import java.util.concurrent.CountDownLatch;

/** The tell target of the Spring scenario, started by the starter: counts down latches, ignores the rest. */
@Actor
public class SpringSink extends VirtualThreadActor {

    @Override
    protected Object onReceive(Object message) {
        if (message instanceof CountDownLatch latch) {
            latch.countDown();
        }
        return null;
    }
}
