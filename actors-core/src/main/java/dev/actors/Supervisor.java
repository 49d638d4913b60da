package dev.actors;

import java.util.ArrayDeque;
import java.util.function.Supplier;
import java.util.concurrent.locks.LockSupport;

/**
 * The {@link RestartPolicy} of one actor at work: its bound (restarts within the window), its
 * backoff, and the build of each new instance. Exists only for an actor whose policy restarts
 * (a {@link RestartPolicy#never()} actor carries none). Pekko: the supervisor's bookkeeping
 * ({@code ChildRestartStats}) and the backoff supervisor.
 *
 * <p>Threads: everything but {@link #restartCount()}, {@link #inBackoff()} and
 * {@link #stopRequested(Thread)} runs on the actor's loop thread, like the loop itself.
 */
final class Supervisor {

    private final Actor actor;
    private final RestartPolicy policy;
    private final Supplier<? extends Actor> factory;
    private final long window;
    /** Owner only: when the restarts within the window happened ({@link System#nanoTime()}), oldest first. */
    private final ArrayDeque<Long> recentRestarts;
    /** Written by the owner, read by monitors. */
    private volatile int restarts;
    /** True while the owner waits out a backoff (see {@link #waitOutBackoff}). */
    private volatile boolean inBackoff;

    Supervisor(Actor actor, RestartPolicy policy, Supplier<? extends Actor> factory) {
        this.actor = actor;
        this.policy = policy;
        this.factory = factory;
        this.window = Timeouts.saturatedNanos(policy.within());
        this.recentRestarts = new ArrayDeque<>(Math.min(policy.maxRestarts(), 16));
    }

    RestartPolicy policy() {
        return policy;
    }

    /** Forgets restarts older than the window; whether one more fits in it. */
    boolean allowsAnotherRestart(long now) {
        while (!recentRestarts.isEmpty() && now - recentRestarts.peekFirst() >= window) {
            recentRestarts.pollFirst();
        }
        return recentRestarts.size() < policy.maxRestarts();
    }

    /**
     * Sleeps out the next backoff on the owner's thread (a virtual thread unmounts: no carrier is
     * held), the mailbox still owned, so that senders queue and wait and nothing else runs the
     * actor; then counts the restart as made at {@code now}. A stop request ends the wait early:
     * what was sent before the stop is then handled by the new instance, at once.
     *
     * <p>Memory order: {@code inBackoff} is written before {@code stopRequested} is read, the mirror
     * of {@link Actor#requestStop()} (write {@code stopRequested}, then read {@code inBackoff} in
     * {@link #stopRequested(Thread)}): either the backoff sees the request or the request unparks it.
     *
     * @return whether a stop was requested by the time the wait ended
     */
    boolean waitOutBackoff(long now) {
        long nanos = policy.backoffNanos(recentRestarts.size());
        recentRestarts.addLast(now);
        inBackoff = true;
        try {
            long deadline = System.nanoTime() + nanos;
            for (long left = nanos; left > 0 && !actor.isStopRequested(); left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(this, left);
            }
        } finally {
            inBackoff = false;
            Thread.interrupted(); // an interrupt meant to end the backoff must not hit the new instance
        }
        return actor.isStopRequested();
    }

    /** A new instance from the factory, joined to the actor's identity (see {@link Incarnations}). */
    Actor buildInstance() {
        Actor fresh = Incarnations.build(actor, factory);
        restarts++; // the only writer: the owner
        return fresh;
    }

    /** A stop was requested (any thread): ends a backoff at once. */
    void stopRequested(Thread owner) {
        if (inBackoff && owner != null) {
            LockSupport.unpark(owner);
        }
    }

    int restartCount() {
        return restarts;
    }

    boolean inBackoff() {
        return inBackoff;
    }
}
