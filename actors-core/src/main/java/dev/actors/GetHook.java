package dev.actors;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A user's get hook ({@link ActorFuture#setGetHook}) and the lock that makes it run in one
 * getter at a time. Immutable: a future publishes it by one volatile write, lock included.
 *
 * @param function the user's hook, given the getter's timeout
 * @param lock held while the hook runs
 * @param <T> the type of the value
 */
record GetHook<T>(Function<Duration, T> function, ReentrantLock lock) {

    /**
     * Computes the hook for {@code future} in this thread, unless another getter did meanwhile.
     * A success completes the future (cached); a failure is returned, not cached (Pykka).
     */
    Object compute(ThreadingFuture<T> future, Duration timeout, long nanos) {
        lockWithin(lock, future, timeout, nanos);
        boolean settled;
        try {
            Object done = future.rawOutcome();
            if (done != null) {
                return done;
            }
            T value;
            try {
                value = function.apply(timeout);
            } catch (Throwable failure) {
                return RawOutcome.failure(failure); // not cached: the next get runs the hook again, as in Pykka
            }
            settled = future.settle(RawOutcome.success(value));
        } finally {
            lock.unlock();
        }
        // The outcome CAS happened under the lock (so the hook ran once); waiters are released
        // after it, so that no callback ever runs while the lock is held.
        if (settled) {
            future.releaseWaitersAfterCompletion();
        }
        return future.rawOutcome();
    }

    /**
     * Takes {@code lock}, which another getter may hold while it computes {@code future}'s
     * value, waiting no longer than this getter's timeout.
     *
     * @throws ActorTimeoutException if the timeout runs out first
     * @throws ActorExecutionException if the wait is interrupted (the interrupt flag is set again)
     */
    static void lockWithin(ReentrantLock lock, ThreadingFuture<?> future, Duration timeout, long nanos) {
        try {
            if (nanos == Timeouts.FOREVER) {
                lock.lockInterruptibly();
            } else if (!lock.tryLock(nanos, TimeUnit.NANOSECONDS)) {
                throw new ActorTimeoutException(future + " is not done after " + timeout
                        + " (another thread is computing its value)");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ActorExecutionException("Interrupted while waiting for " + future, interrupted);
        }
    }
}
