package dev.actors;

/**
 * An actor with a platform thread of its own for its whole life, named
 * {@code SimpleClassName-N} (one counter for all classes, as in Pykka 4.4.1+).
 * Pykka: {@code pykka.ThreadingActor}.
 *
 * <p>Choose it for actors that block in native code or hold thread-affine resources, or when
 * Pykka's one-thread-per-actor contract matters. Each one costs a platform thread (about
 * 1 MiB of reserved stack and an OS thread) and every hop between two of them that finds the
 * receiver parked costs an OS wake-up, so with many actors (hundreds and more, or entities)
 * prefer {@link VirtualThreadActor}: see {@code docs/benchmarks.md}. An idle ThreadingActor
 * spins briefly, then parks; a sender only pays for an unpark when the actor is parked.
 */
public abstract class ThreadingActor extends Actor {

    /** Creates the actor; start it with {@link Actor#start(Actor)}. */
    protected ThreadingActor() {
        super(OwnThreadLoop::new);
    }

    /**
     * Whether the actor's thread is a daemon thread, read once at start. A daemon actor does
     * not keep the JVM alive, and may be cut off at exit without {@link #onStop()}. A registry
     * can force daemon threads for all its actors ({@link ActorRegistry#setDaemonThreads}).
     * Pykka: {@code use_daemon_thread}.
     *
     * @return {@code false} by default
     */
    protected boolean useDaemonThread() {
        return false;
    }
}
