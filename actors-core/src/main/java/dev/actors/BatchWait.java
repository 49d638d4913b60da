package dev.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The first half of {@link ActorFuture#getAll}: waits for many pending replies with one park
 * instead of one per future. Each pending reply future gets a completion callback that counts
 * down; the last one unparks the waiter. The wait ends when all are done, when
 * {@code timeout} passes with no reply completing (each completion restarts it: Pykka's
 * per-future timeout), or on an interrupt; getAll then reads each future in order with its own
 * {@code get(timeout)}, which returns at once for those that are done and reports a timeout or
 * an interrupt as a single {@code get} would.
 *
 * <p>Only plain futures (replies and {@code new ThreadingFuture<>()}) are batched; derived futures
 * and other {@link ActorFuture} implementations are simply waited for by their own {@code get}.
 */
final class BatchWait {

    /** Spins before parking: replies already on their way often land within a few microseconds. */
    private static final int SPINS = 256;

    private final Thread waiter = Thread.currentThread();
    private final AtomicInteger pending;
    /** Written by each completion callback, read by the waiter: restarts the no-progress timeout. */
    private volatile long lastCompletionNanos = System.nanoTime();

    private BatchWait(int pending) {
        this.pending = new AtomicInteger(pending);
    }

    /**
     * Waits for the pending plain futures among {@code futures}, if there are at least two.
     *
     * @param nanos the timeout in nanoseconds, or {@link Timeouts#FOREVER}
     */
    static void awaitAll(Collection<? extends ActorFuture<?>> futures, long nanos) {
        if (nanos == 0) {
            return;
        }
        List<ThreadingFuture<?>> waitFor = new ArrayList<>();
        for (ActorFuture<?> future : futures) {
            if (future instanceof ThreadingFuture<?> plain && plain.isPendingPlain()) {
                if (plain.selfWaitCulprit() != null) {
                    return; // a reply only this thread's actor can produce: its get() throws at once
                }
                waitFor.add(plain);
            }
        }
        if (waitFor.size() < 2) {
            return;
        }
        BatchWait wait = new BatchWait(waitFor.size());
        Runnable countDown = wait::countDown;
        for (ThreadingFuture<?> future : waitFor) {
            future.whenDone(countDown);
        }
        wait.park(nanos);
    }

    private void countDown() {
        lastCompletionNanos = System.nanoTime();
        if (pending.decrementAndGet() == 0) {
            LockSupport.unpark(waiter);
        }
    }

    private void park(long nanos) {
        for (int spin = 0; spin < SPINS && pending.get() > 0; spin++) {
            Thread.onSpinWait();
        }
        while (pending.get() > 0 && !waiter.isInterrupted()) {
            if (nanos == Timeouts.FOREVER) {
                LockSupport.park(this);
                continue;
            }
            long sinceLastCompletion = System.nanoTime() - lastCompletionNanos; // no overflow for huge timeouts
            if (sinceLastCompletion >= nanos) {
                return;
            }
            LockSupport.parkNanos(this, nanos - sinceLastCompletion);
        }
    }
}
