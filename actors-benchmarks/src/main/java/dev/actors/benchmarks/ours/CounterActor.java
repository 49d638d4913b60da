package dev.actors.benchmarks.ours;

import dev.actors.Actor;
import dev.actors.ThreadingActor;
import dev.actors.VirtualThreadActor;
import dev.actors.benchmarks.Tally;

/** The many-senders target: counts every message and answers a {@link Tally} with the count. */
final class CounterActor {

    private CounterActor() {
    }

    static Actor create(OurRuntime.Kind kind) {
        return kind == OurRuntime.Kind.THREADING ? new OnPlatformThread() : new OnVirtualThread();
    }

    /** The count; touched only by the actor's own message handling. */
    private static final class Count {
        private long messages;

        Object receive(Object message) {
            if (message instanceof Tally tally) {
                tally.counted().complete(messages);
                messages = 0;
            } else {
                messages++;
            }
            return null;
        }
    }

    /** On a platform thread of its own. */
    static final class OnPlatformThread extends ThreadingActor {
        private final Count count = new Count();

        @Override
        protected boolean useDaemonThread() {
            return true;
        }

        @Override
        protected Object onReceive(Object message) {
            return count.receive(message);
        }
    }

    /** On virtual threads. */
    static final class OnVirtualThread extends VirtualThreadActor {
        private final Count count = new Count();

        @Override
        protected Object onReceive(Object message) {
            return count.receive(message);
        }
    }
}
