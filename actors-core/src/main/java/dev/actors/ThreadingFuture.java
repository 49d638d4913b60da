package dev.actors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The {@link ActorFuture} used by {@link ThreadingActor} and {@link VirtualThreadActor}.
 * Pykka: {@code pykka.ThreadingFuture}.
 *
 * <p>Lock-free: the outcome is one volatile field set by compare-and-set, and waiters are a
 * Treiber stack of parked threads and callbacks. A getter spins briefly before parking, so a
 * reply that arrives within a few microseconds costs no thread wake-up. Works the same for
 * platform and virtual threads (a waiting virtual thread releases its carrier).
 *
 * <p>A waiting {@code get} is interruptible: the interruption is reported as an
 * {@link ActorExecutionException} caused by an {@link InterruptedException}, with the
 * thread's interrupt flag set again.
 *
 * @param <T> the type of the value
 */
public class ThreadingFuture<T> implements ActorFuture<T> {

    private static final Object NULL_VALUE = new Object();
    private static final int SPINS = 256;
    /**
     * A virtual getter spins less: its spin holds a carrier, and the reply often has to come
     * from a virtual thread queued on that same carrier (about 1 µs, against 7 µs for 256).
     */
    private static final int VIRTUAL_THREAD_SPINS = 32;
    private static final VarHandle OUTCOME;
    private static final VarHandle WAITERS;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            OUTCOME = lookup.findVarHandle(ThreadingFuture.class, "outcome", Object.class);
            WAITERS = lookup.findVarHandle(ThreadingFuture.class, "waiters", FutureWaiter.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A failed outcome; private so that no user value can be mistaken for one. */
    private record Failure(Throwable cause) {
    }

    /** Null while pending; then {@link #NULL_VALUE}, a {@link Failure}, or the value. */
    private volatile Object outcome;
    private volatile FutureWaiter waiters;
    private volatile Function<Duration, T> getHook;
    private ReentrantLock hookLock; // published by the volatile write of getHook
    private List<? extends ActorFuture<?>> hookSources; // likewise; set for derived futures
    private final Actor completer;

    /** Creates a pending future, to be completed with {@link #set} or {@link #setException}. */
    public ThreadingFuture() {
        this(null);
    }

    /**
     * Creates the reply future of a message to {@code completer}: a blocking get from inside
     * that actor's own handler would deadlock, so it fails at once instead.
     */
    ThreadingFuture(Actor completer) {
        this.completer = completer;
    }

    @Override
    public T get() {
        return report(awaitOutcome(null, Timeouts.FOREVER));
    }

    @Override
    public T get(Duration timeout) {
        return report(awaitOutcome(timeout, Timeouts.toNanos(timeout, "ActorFuture.get")));
    }

    @Override
    public boolean isDone() {
        if (outcome != null) {
            return true;
        }
        List<? extends ActorFuture<?>> sources = getHook == null ? null : hookSources;
        return sources != null && sources.stream().allMatch(ActorFuture::isDone);
    }

    @Override
    public void set(T value) {
        complete(value == null ? NULL_VALUE : value);
    }

    @Override
    public void setException(Throwable failure) {
        complete(new Failure(Objects.requireNonNull(failure, "failure")));
    }

    @Override
    public void setGetHook(Function<Duration, T> hook) {
        Objects.requireNonNull(hook, "hook");
        // Under the monitor that set()/setException() hold while they check for a hook and
        // complete: "still pending?" and "install" are then one step against them. Without it,
        // both could pass their checks, both return normally, and the hook be silently ignored.
        synchronized (this) {
            if (outcome != null) {
                throw new IllegalStateException(this + " is already completed: a get hook can only be set on a pending future");
            }
            if (hookLock == null) {
                hookLock = new ReentrantLock();
            }
            getHook = hook;
        }
    }

    @Override
    public <R> ActorFuture<R> map(Function<? super T, ? extends R> fn) {
        return FutureCombinators.map(this, fn);
    }

    @Override
    public <E> ActorFuture<List<E>> filter(Predicate<? super E> predicate) {
        return FutureCombinators.filter(this, predicate);
    }

    @Override
    public ActorFuture<List<Object>> join(ActorFuture<?>... others) {
        return FutureCombinators.join(this, others);
    }

    @Override
    public <E> ActorFuture<E> reduce(BinaryOperator<E> fn) {
        return FutureCombinators.reduce(this, fn);
    }

    @Override
    public <E> ActorFuture<E> reduce(BinaryOperator<E> fn, E initial) {
        return FutureCombinators.reduce(this, fn, initial);
    }

    @Override
    public CompletableFuture<T> toCompletableFuture() {
        CompletableFuture<T> result = new CompletableFuture<>();
        whenDone(() -> {
            Object done = awaitOutcome(null, Timeouts.FOREVER); // done: returns at once (or computes the hook)
            if (done instanceof Failure failure) {
                result.completeExceptionally(failure.cause());
            } else {
                result.complete(valueOf(done));
            }
        });
        return result;
    }

    @Override
    public String toString() {
        String state = outcome == null ? "pending" : outcome instanceof Failure ? "failed" : "done";
        return completer == null ? "ThreadingFuture[" + state + "]"
                : "ThreadingFuture[" + state + ", reply from " + completer + "]";
    }

    /** Makes this a derived future whose hook reads {@code sources} (used by the combinators). */
    void deriveFrom(List<? extends ActorFuture<?>> sources, Function<Duration, T> hook) {
        hookSources = sources;
        setGetHook(hook);
    }

    /** Completes with a value unless already completed; used by actors for replies. */
    void succeed(Object value) {
        tryComplete(value == null ? NULL_VALUE : value);
    }

    /** Completes with a failure unless already completed; used by actors for replies. */
    void fail(Throwable failure) {
        tryComplete(new Failure(failure));
    }

    /**
     * Runs {@code action} once this future is done (at once if it already is), in the
     * completing thread. At most once, even when registration races with completion.
     */
    void whenDone(Runnable action) {
        if (getHook != null && outcome == null) {
            whenHookReady(action);
            return;
        }
        FutureWaiter node = FutureWaiter.forCallback(action);
        if (outcome == null) {
            push(node);
            // Push (CAS) then read outcome, mirror of tryComplete: one of us sees the other.
            if (outcome == null) {
                return;
            }
        }
        node.release();
    }

    /**
     * Waits for the raw outcome: a value, a null marker or a failure (see {@link #valueOf},
     * {@link #failureOf}). A get hook is computed here, in the waiting thread.
     */
    Object awaitOutcome(Duration timeout, long nanos) {
        Object done = outcome;
        if (done != null) {
            return done;
        }
        Function<Duration, T> hook = getHook;
        return hook != null ? computeHook(hook, timeout, nanos) : awaitCompletion(timeout, nanos);
    }

    /** The failure of a raw outcome, or {@code null} if it is a value. */
    static Throwable failureOf(Object rawOutcome) {
        return rawOutcome instanceof Failure failure ? failure.cause() : null;
    }

    /** The value of a raw outcome that is not a failure. */
    @SuppressWarnings("unchecked")
    static <V> V valueOf(Object rawOutcome) {
        return rawOutcome == NULL_VALUE ? null : (V) rawOutcome;
    }

    /** Rethrows a failure as {@link ActorFuture#get()} does. */
    static RuntimeException rethrow(Throwable failure) {
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new ActorExecutionException("The future failed with a checked exception: " + failure, failure);
    }

    private T report(Object rawOutcome) {
        if (rawOutcome instanceof Failure failure) {
            throw rethrow(failure.cause());
        }
        return valueOf(rawOutcome);
    }

    private void complete(Object rawOutcome) {
        // The hook check and the CAS are one step against setGetHook (same monitor); waiters
        // are released after the monitor, so no callback ever runs while holding it.
        synchronized (this) {
            if (getHook != null) {
                throw new IllegalStateException(this + " has a get hook, which provides its value: it cannot also be set");
            }
            if (!OUTCOME.compareAndSet(this, null, rawOutcome)) {
                throw new IllegalStateException(this + " is already completed: a future can be set only once");
            }
        }
        releaseWaitersAfterCompletion();
    }

    private boolean tryComplete(Object rawOutcome) {
        if (!OUTCOME.compareAndSet(this, null, rawOutcome)) {
            return false;
        }
        releaseWaitersAfterCompletion();
        return true;
    }

    private void releaseWaitersAfterCompletion() {
        // CAS outcome then read waiters; a waiter pushes then reads outcome (both sequentially
        // consistent), so either we see its node or it sees the outcome: no lost wake-up.
        if (waiters != null) {
            releaseWaiters();
        }
    }

    private void releaseWaiters() {
        for (FutureWaiter node = (FutureWaiter) WAITERS.getAndSet(this, null); node != null; node = node.next) {
            node.release();
        }
    }

    /**
     * Pushes a waiter, dropping the cancelled ones on top of the stack (getters that timed out
     * or were interrupted), so that a pending future polled again and again stays small.
     */
    private void push(FutureWaiter node) {
        FutureWaiter head;
        do {
            head = waiters;
            FutureWaiter live = head;
            while (live != null && live.isCancelled()) {
                live = live.next;
            }
            node.next = live;
        } while (!WAITERS.compareAndSet(this, head, node));
    }

    private Object computeHook(Function<Duration, T> hook, Duration timeout, long nanos) {
        lockHook(timeout, nanos);
        try {
            Object done = outcome;
            if (done != null) {
                return done;
            }
            T value;
            try {
                value = hook.apply(timeout);
            } catch (Throwable failure) {
                return new Failure(failure); // not cached: the next get runs the hook again, as in Pykka
            }
            tryComplete(value == null ? NULL_VALUE : value);
            return outcome;
        } finally {
            hookLock.unlock();
        }
    }

    /** Another getter may be computing the hook: wait for it no longer than this getter's timeout. */
    private void lockHook(Duration timeout, long nanos) {
        try {
            if (nanos == Timeouts.FOREVER) {
                hookLock.lockInterruptibly();
            } else if (!hookLock.tryLock(nanos, TimeUnit.NANOSECONDS)) {
                throw new ActorTimeoutException(this + " is not done after " + timeout
                        + " (another thread is computing its value)");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ActorExecutionException("Interrupted while waiting for " + this, interrupted);
        }
    }

    private Object awaitCompletion(Duration timeout, long nanos) {
        if (nanos == 0L) {
            throw new ActorTimeoutException(this + " is not done (polled with a zero timeout)");
        }
        if (completer != null && completer.isHandledByCurrentThread()) {
            throw completer.selfWaitDeadlock();
        }
        int spins = Thread.currentThread().isVirtual() ? VIRTUAL_THREAD_SPINS : SPINS;
        for (int spin = 0; spin < spins; spin++) {
            Thread.onSpinWait();
            Object done = outcome;
            if (done != null) {
                return done;
            }
        }
        return park(timeout, nanos);
    }

    private Object park(Duration timeout, long nanos) {
        long deadline = nanos == Timeouts.FOREVER ? 0L : System.nanoTime() + nanos;
        FutureWaiter node = FutureWaiter.forThread(Thread.currentThread());
        push(node);
        for (;;) {
            Object done = outcome;
            if (done != null) {
                return done;
            }
            if (Thread.interrupted()) {
                node.cancel();
                Thread.currentThread().interrupt();
                throw new ActorExecutionException("Interrupted while waiting for " + this, new InterruptedException());
            }
            if (nanos == Timeouts.FOREVER) {
                LockSupport.park(this);
            } else {
                long left = deadline - System.nanoTime();
                if (left <= 0L) {
                    node.cancel();
                    throw new ActorTimeoutException(this + " is not done after " + timeout);
                }
                LockSupport.parkNanos(this, left);
            }
        }
    }

    private void whenHookReady(Runnable action) {
        List<? extends ActorFuture<?>> sources = hookSources;
        if (sources == null) {
            Thread.ofVirtual().name("actor-future-hook").start(() -> {
                awaitOutcome(null, Timeouts.FOREVER);
                action.run();
            });
            return;
        }
        FutureCombinators.whenAllDone(sources, action);
    }
}
