package dev.actors.benchmarks.ours;

import dev.actors.Actor;
import dev.actors.ThreadingActor;
import dev.actors.VirtualThreadActor;

/** An actor with no state and no messages: what starting and stopping costs on its own. */
final class IdleActor {

    private IdleActor() {
    }

    static Actor create(OurRuntime.Kind kind) {
        return kind == OurRuntime.Kind.THREADING ? new OnPlatformThread() : new OnVirtualThread();
    }

    /** On a platform thread of its own. */
    static final class OnPlatformThread extends ThreadingActor {
        @Override
        protected boolean useDaemonThread() {
            return true;
        }
    }

    /** On virtual threads. */
    static final class OnVirtualThread extends VirtualThreadActor {
    }
}
