package dev.actors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * {@link ActorFuture#getAll} for many pending replies: the caller parks once for all of them
 * instead of once per future, with Pykka's outcome kept exactly: each future, in order, gets
 * {@code timeout} from the moment the one before it was done (from the start for the first);
 * the first future in order that failed, or that was not done in its turn, is what getAll
 * throws, as soon as that is known.
 *
 * <p>Each pending reply gets a completion callback that records when it completed and moves a
 * shared cursor over the futures that are done, in order; the waiter is unparked only when the
 * cursor reaches the end, a failed future or one it cannot follow (not a plain reply future).
 * Otherwise it sleeps until the cursor's future runs out of time. Callbacks of futures still
 * pending when getAll returns are cancelled.
 */
final class BatchWait<T> {

    /** A waiting platform thread spins briefly: replies on their way land within microseconds. */
    private static final int SPINS = 256;
    /** A virtual one less: its spin holds a carrier that the replying actor may need. */
    private static final int VIRTUAL_THREAD_SPINS = 32;

    private final List<? extends ActorFuture<? extends T>> futures;
    private final Thread waiter = Thread.currentThread();
    private final long start = System.nanoTime();
    /** {@code System.nanoTime()} of each completion seen by a callback; 0 if done before registration, or not yet. */
    private final long[] completedAt;
    private final List<FutureWaiter> callbacks = new ArrayList<>();
    /** The first future, in order, that is not known to be done with a value. */
    private final AtomicInteger cursor = new AtomicInteger();

    private BatchWait(List<? extends ActorFuture<? extends T>> futures) {
        this.futures = futures;
        this.completedAt = new long[futures.size()];
    }

    /** Whether getAll should wait for {@code futures} together: two or more pending replies, none a self-wait. */
    static boolean worthBatching(Collection<? extends ActorFuture<?>> futures, long nanos) {
        if (nanos == 0) {
            return false; // a zero timeout polls each future
        }
        int pending = 0;
        for (ActorFuture<?> future : futures) {
            if (future instanceof ThreadingFuture<?> threading) {
                if (threading.selfWaitCulprit() != null) {
                    return false; // its get() throws the self-wait error at once
                }
                if (threading.isPendingPlain()) {
                    pending++;
                }
            }
        }
        return pending >= 2;
    }

    /** Waits as described on the class and returns the values in order, or throws what getAll throws. */
    static <T> List<T> getAll(List<? extends ActorFuture<? extends T>> futures, Duration timeout, long nanos) {
        BatchWait<T> wait = new BatchWait<>(futures);
        try {
            wait.register();
            wait.park(nanos);
            return wait.collect(timeout, nanos);
        } finally {
            for (FutureWaiter callback : wait.callbacks) {
                callback.cancelCallback();
            }
        }
    }

    private void register() {
        for (int index = 0; index < futures.size(); index++) {
            if (futures.get(index) instanceof ThreadingFuture<?> plain && plain.isPendingPlain()) {
                int completed = index;
                callbacks.add(plain.callbackWhenDone(() -> completed(completed)));
            }
        }
        advance();
    }

    /** A callback: record the time (before the cursor's CAS publishes it), then move the cursor. */
    private void completed(int index) {
        completedAt[index] = System.nanoTime();
        advance();
    }

    /** Moves the cursor over futures done with a value; unparks the waiter when it has something to act on. */
    private void advance() {
        for (;;) {
            int at = cursor.get();
            if (at == futures.size()) {
                LockSupport.unpark(waiter);
                return;
            }
            ActorFuture<? extends T> future = futures.get(at);
            if (!(future instanceof ThreadingFuture<?> plain) || !plain.isPlain()) {
                LockSupport.unpark(waiter); // not a plain reply: its own get() waits for it
                return;
            }
            Object outcome = plain.rawOutcome();
            if (outcome == null) {
                return; // still pending: its completion moves the cursor on
            }
            if (RawOutcome.failureOf(outcome) != null) {
                LockSupport.unpark(waiter); // getAll throws this one
                return;
            }
            cursor.compareAndSet(at, at + 1); // a racing callback may have moved it: read again
        }
    }

    /** Parks until the cursor stops (end, failure, another kind of future), its future runs out of time, or an interrupt. */
    private void park(long nanos) {
        int spins = waiter.isVirtual() ? VIRTUAL_THREAD_SPINS : SPINS;
        for (int spin = 0; spin < spins && waiting(); spin++) {
            Thread.onSpinWait();
        }
        while (waiting() && !Thread.currentThread().isInterrupted()) {
            if (nanos == Timeouts.FOREVER) {
                LockSupport.park(this);
                continue;
            }
            int at = cursor.get();
            long sinceTurn = System.nanoTime() - turnStart(at); // elapsed, never a sum: huge timeouts stay positive
            if (sinceTurn >= nanos) {
                return; // the cursor's future is out of time: collect() throws for it
            }
            LockSupport.parkNanos(this, nanos - sinceTurn);
        }
    }

    /** Whether the cursor rests on a pending plain future (there is nothing to act on yet). */
    private boolean waiting() {
        int at = cursor.get();
        return at < futures.size() && futures.get(at) instanceof ThreadingFuture<?> plain && plain.isPendingPlain();
    }

    /** When the turn of {@code index} began: the latest completion before it that a callback saw, or the start. */
    private long turnStart(int index) {
        long turn = start;
        for (int before = 0; before < index; before++) {
            long done = completedAt[before];
            if (done - turn > 0) {
                turn = done;
            }
        }
        return turn;
    }

    /** Reads the values in order as Pykka's loop of {@code get(timeout)} would have, judging turns by completion times. */
    private List<T> collect(Duration timeout, long nanos) {
        List<T> values = new ArrayList<>(futures.size());
        long turn = start;
        for (int index = 0; index < futures.size(); index++) {
            ActorFuture<? extends T> future = futures.get(index);
            long done = completedAt[index];
            if (future.isDone() && done != 0) {
                if (nanos != Timeouts.FOREVER && done - turn > nanos) {
                    throw new ActorTimeoutException(future + " is not done after " + timeout);
                }
                values.add(future.get(Duration.ZERO));
                turn = done - turn > 0 ? done : turn;
                continue;
            }
            long left = nanos == Timeouts.FOREVER ? Timeouts.FOREVER : nanos - (System.nanoTime() - turn);
            if (left != Timeouts.FOREVER && left <= 0 && !future.isDone()) {
                throw new ActorTimeoutException(future + " is not done after " + timeout);
            }
            values.add(left == Timeouts.FOREVER ? future.get() : future.get(Duration.ofNanos(Math.max(left, 0))));
            turn = System.nanoTime();
        }
        return values;
    }
}
