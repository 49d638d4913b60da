package dev.actors.benchmarks.ours;

import dev.actors.Actor;
import dev.actors.ThreadingActor;
import dev.actors.VirtualThreadActor;
import java.util.concurrent.CountDownLatch;

/** The tell target: ignores every message except a {@link CountDownLatch}, which it counts down. */
final class SinkActor {

    private SinkActor() {
    }

    static Actor create(OurRuntime.Kind kind) {
        return kind == OurRuntime.Kind.THREADING ? new OnPlatformThread() : new OnVirtualThread();
    }

    private static Object receive(Object message) {
        if (message instanceof CountDownLatch latch) {
            latch.countDown();
        }
        return null;
    }

    /** On a platform thread of its own. */
    static final class OnPlatformThread extends ThreadingActor {
        @Override
        protected boolean useDaemonThread() {
            return true;
        }

        @Override
        protected Object onReceive(Object message) {
            return receive(message);
        }
    }

    /** On virtual threads. */
    static final class OnVirtualThread extends VirtualThreadActor {
        @Override
        protected Object onReceive(Object message) {
            return receive(message);
        }
    }
}
