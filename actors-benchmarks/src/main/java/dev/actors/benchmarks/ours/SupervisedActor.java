package dev.actors.benchmarks.ours;

import dev.actors.Actor;
import dev.actors.RestartPolicy;
import dev.actors.ThreadingActor;
import dev.actors.VirtualThreadActor;
import java.util.concurrent.CountDownLatch;

/**
 * The supervision benchmarks' actor: counts down a {@link CountDownLatch} (the tell batches),
 * fails on {@link #POISON} (the restart cycles) and replies to anything else with the message
 * itself (the asks), under the restart policy it was made with.
 */
public final class SupervisedActor {

    /** The message whose handler throws, so that the actor's restart policy applies. */
    public static final Object POISON = new Object() {
        @Override
        public String toString() {
            return "poison";
        }
    };

    private SupervisedActor() {
    }

    /** A new actor of {@code kind} with {@code policy} (not started; start a restarting one with {@code startFrom}). */
    public static Actor create(OurRuntime.Kind kind, RestartPolicy policy) {
        return kind == OurRuntime.Kind.THREADING ? new OnPlatformThread(policy) : new OnVirtualThread(policy);
    }

    private static Object receive(Object message) {
        if (message instanceof CountDownLatch latch) {
            latch.countDown();
            return null;
        }
        if (message == POISON) {
            throw new IllegalStateException("poison: this failure is the benchmark's, to make the actor restart");
        }
        return message;
    }

    /** On a platform thread of its own. */
    static final class OnPlatformThread extends ThreadingActor {
        private final RestartPolicy policy;

        OnPlatformThread(RestartPolicy policy) {
            this.policy = policy;
        }

        @Override
        protected RestartPolicy restartPolicy() {
            return policy;
        }

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
        private final RestartPolicy policy;

        OnVirtualThread(RestartPolicy policy) {
            this.policy = policy;
        }

        @Override
        protected RestartPolicy restartPolicy() {
            return policy;
        }

        @Override
        protected Object onReceive(Object message) {
            return receive(message);
        }
    }
}
