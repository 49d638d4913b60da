package dev.actors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
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
 * platform and virtual threads (a waiting virtual thread releases its carrier). A user's get
 * hook and the function of a derived future ({@code map}, {@code filter}, {@code join},
 * {@code reduce}) are computed in a getter's thread, under a lock of their own that is never
 * held while waiting for a source; a completer never runs them and never takes those locks.
 *
 * <p>A waiting {@code get} is interruptible: the interruption is reported as an
 * {@link ActorExecutionException} caused by an {@link InterruptedException}, with the
 * thread's interrupt flag set again.
 *
 * @param <T> the type of the value
 */
public class ThreadingFuture<T> implements ActorFuture<T> {

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

    /** Null while pending; then a {@link RawOutcome}: a null marker, a failure, or the value. */
    private volatile Object outcome;
    private volatile FutureWaiter waiters;
    private volatile GetHook<T> getHook;
    private final Actor completer;
    /** Set for the futures of map, filter, join and reduce; final, so safely published with the future. */
    private final Derivation<T> derivation;

    /** Creates a pending future, to be completed with {@link #set} or {@link #setException}. */
    public ThreadingFuture() {
        this(null, null);
    }

    /**
     * Creates the reply future of a message to {@code completer}: a blocking get from inside
     * that actor's own handler would deadlock, so it fails at once instead.
     */
    ThreadingFuture(Actor completer) {
        this(completer, null);
    }

    private ThreadingFuture(Actor completer, Derivation<T> derivation) {
        this.completer = completer;
        this.derivation = derivation;
    }

    /** A derived future (map, filter, join, reduce): computed from its sources by {@link DerivedEvaluation}. */
    static <T> ThreadingFuture<T> derived(Derivation<T> derivation) {
        return new ThreadingFuture<>(null, derivation);
    }

    @Override
    public T get() {
        return RawOutcome.report(awaitOutcome(null, Timeouts.FOREVER));
    }

    @Override
    public T get(Duration timeout) {
        return RawOutcome.report(awaitOutcome(timeout, Timeouts.toNanos(timeout, "ActorFuture.get")));
    }

    @Override
    public boolean isDone() {
        return outcome != null || derivation != null && DerivedEvaluation.sourcesDone(this);
    }

    @Override
    public void set(T value) {
        complete(RawOutcome.success(value));
    }

    @Override
    public void setException(Throwable failure) {
        complete(RawOutcome.failure(Objects.requireNonNull(failure, "failure")));
    }

    @Override
    public void setGetHook(Function<Duration, T> hook) {
        Objects.requireNonNull(hook, "hook");
        // Under the monitor that set()/setException() hold while they check for a hook and
        // complete: "still pending?" and "install" are then one step against them. Without it,
        // both could pass their checks, both return normally, and the hook be silently ignored.
        synchronized (this) {
            if (derivation != null) {
                throw new IllegalStateException(this + " is derived from other futures (map, filter, join or reduce), "
                        + "which provide its value: set a get hook on a future made with new ThreadingFuture<>()");
            }
            if (outcome != null) {
                throw new IllegalStateException(this + " is already completed: a get hook can only be set on a pending future");
            }
            GetHook<T> replaced = getHook;
            getHook = new GetHook<>(hook, replaced == null ? new ReentrantLock() : replaced.lock());
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

    /**
     * {@inheritDoc}
     *
     * <p>A plain future's conversion is completed in the thread that completes this one (for a
     * reply, the actor's). A derived future's ({@code map}, {@code filter}, {@code join},
     * {@code reduce}) function is never run there: once its sources are done, a new virtual
     * thread computes it, exactly as a {@code get()} would. Its {@code get()}, {@code join()}
     * and those of its dependents detect a self-wait as {@link #get()} does.
     */
    @Override
    public CompletableFuture<T> toCompletableFuture() {
        DeadlockDetectingCompletableFuture<T> result = new DeadlockDetectingCompletableFuture<>(this);
        if (derivation != null) {
            DerivedEvaluation.whenSourcesDone(this, () -> Thread.ofVirtual().name("actor-future-derived")
                    .start(() -> RawOutcome.completeFrom(result, awaitOutcome(null, Timeouts.FOREVER))));
        } else {
            whenDone(() -> RawOutcome.completeFrom(result, awaitOutcome(null, Timeouts.FOREVER))); // done: at once (or computes a hook)
        }
        return result;
    }

    /** Names the actor by {@link Actor#label()}: never calls an overridden {@code toString()}. */
    @Override
    public String toString() {
        String state = outcome == null ? "pending" : RawOutcome.failureOf(outcome) != null ? "failed" : "done";
        return completer == null ? "ThreadingFuture[" + state + "]"
                : "ThreadingFuture[" + state + ", reply from " + completer.label() + "]";
    }

    /** The derivation of a map/filter/join/reduce future, {@code null} for any other. */
    Derivation<T> derivation() {
        return derivation;
    }

    /** The raw outcome, {@code null} while pending; never waits nor computes. */
    Object rawOutcome() {
        return outcome;
    }

    /**
     * The actor whose own handler is running in this thread and whose pending reply a get of
     * this future would wait for (it would deadlock), or {@code null}.
     */
    Actor selfWaitCulprit() {
        if (derivation != null) {
            return outcome == null ? DerivedEvaluation.selfWaitCulprit(this) : null;
        }
        return outcome == null && completer != null && completer.isHandledByCurrentThread() ? completer : null;
    }

    /** Completes with a value unless already completed; used by actors for replies. */
    void succeed(Object value) {
        tryComplete(RawOutcome.success(value));
    }

    /** Completes with a failure unless already completed; used by actors for replies. */
    void fail(Throwable failure) {
        tryComplete(RawOutcome.failure(failure));
    }

    /** Completed only by {@link #set}/{@link #setException}, or as a reply (no get hook, not derived). */
    boolean isPlain() {
        return derivation == null && getHook == null;
    }

    /** Pending and {@link #isPlain() plain}. */
    boolean isPendingPlain() {
        return outcome == null && isPlain();
    }

    /**
     * Runs {@code action} once this future is done (at once if it already is), in the
     * completing thread. At most once, even when registration races with completion.
     */
    void whenDone(Runnable action) {
        if (derivation != null) {
            throw new IllegalStateException("whenDone of a derived future: use DerivedEvaluation.whenSourcesDone");
        }
        if (getHook != null && outcome == null) {
            whenHookReady(action);
            return;
        }
        callbackWhenDone(action);
    }

    /**
     * As {@link #whenDone} for a plain future, returning the callback's node so that a waiter
     * that gives up can {@link FutureWaiter#cancelCallback() cancel} it.
     */
    FutureWaiter callbackWhenDone(Runnable action) {
        FutureWaiter node = FutureWaiter.forCallback(action);
        if (outcome == null) {
            push(node);
            // Push (CAS) then read outcome, mirror of tryComplete: one of us sees the other.
            if (outcome == null) {
                return node;
            }
        }
        node.release();
        return node;
    }

    /**
     * Waits for the raw outcome (see {@link RawOutcome}). A get hook, or a derived future's
     * function, is computed here, in the waiting thread.
     */
    Object awaitOutcome(Duration timeout, long nanos) {
        Object done = outcome;
        if (done != null) {
            return done;
        }
        if (derivation != null) {
            return DerivedEvaluation.evaluate(this, timeout, nanos);
        }
        GetHook<T> hook = getHook;
        return hook != null ? hook.compute(this, timeout, nanos) : awaitCompletion(timeout, nanos);
    }

    private void complete(Object rawOutcome) {
        // The hook check and the CAS are one step against setGetHook (same monitor); waiters
        // are released after the monitor, so no callback ever runs while holding it.
        synchronized (this) {
            if (getHook != null || derivation != null) {
                throw new IllegalStateException(this + (derivation != null
                        ? " is derived from other futures (map, filter, join or reduce), which provide its value"
                        : " has a get hook, which provides its value") + ": it cannot also be set");
            }
            if (!OUTCOME.compareAndSet(this, null, rawOutcome)) {
                throw new IllegalStateException(this + " is already completed: a future can be set only once");
            }
        }
        releaseWaitersAfterCompletion();
    }

    private boolean tryComplete(Object rawOutcome) {
        if (!settle(rawOutcome)) {
            return false;
        }
        releaseWaitersAfterCompletion();
        return true;
    }

    /** Sets the outcome unless already set, releasing nobody: the caller then calls {@link #releaseWaitersAfterCompletion}. */
    boolean settle(Object rawOutcome) {
        return OUTCOME.compareAndSet(this, null, rawOutcome);
    }

    void releaseWaitersAfterCompletion() {
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

    private Object awaitCompletion(Duration timeout, long nanos) {
        if (nanos == 0L) {
            throw new ActorTimeoutException(this + " is not done (polled with a zero timeout)");
        }
        if (completer != null && completer.isHandledByCurrentThread()) {
            throw SelfWaitDeadlock.of(completer);
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

    /** A user's get hook is computed by a new virtual thread, never by the caller or a completer. */
    private void whenHookReady(Runnable action) {
        Thread.ofVirtual().name("actor-future-hook").start(() -> {
            awaitOutcome(null, Timeouts.FOREVER);
            action.run();
        });
    }
}
