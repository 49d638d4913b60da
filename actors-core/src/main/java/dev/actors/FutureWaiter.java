package dev.actors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node of a {@link ThreadingFuture}'s stack of waiters: either a parked thread to wake,
 * or a callback to run once when the future completes.
 */
final class FutureWaiter {

    private static final Logger log = LoggerFactory.getLogger(ThreadingFuture.class);
    private static final VarHandle FIRED;

    static {
        try {
            FIRED = MethodHandles.lookup().findVarHandle(FutureWaiter.class, "fired", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Thread thread;
    final Runnable callback;
    FutureWaiter next;
    @SuppressWarnings("unused") // accessed through FIRED
    private volatile boolean fired;
    /** Set by a getter that gave up (timeout, interrupt); the next push drops the node. */
    private volatile boolean cancelled;

    private FutureWaiter(Thread thread, Runnable callback) {
        this.thread = thread;
        this.callback = callback;
    }

    static FutureWaiter forThread(Thread thread) {
        return new FutureWaiter(thread, null);
    }

    static FutureWaiter forCallback(Runnable callback) {
        return new FutureWaiter(null, callback);
    }

    /**
     * Wakes the thread, or runs the callback unless it already ran. The completer and a
     * callback's registrant may both call this (see ThreadingFuture#whenDone); the CAS makes
     * the callback run exactly once.
     */
    void release() {
        if (thread != null) {
            LockSupport.unpark(thread);
        } else if (FIRED.compareAndSet(this, false, true)) {
            try {
                callback.run();
            } catch (RuntimeException | LinkageError callbackFailure) {
                // The other waiters of the future must still be released.
                log.error("A completion callback of a future failed", callbackFailure);
            }
        }
    }

    void cancel() {
        cancelled = true;
    }

    /** A callback whose registrant gave up: it will not run, and the next push drops the node. */
    void cancelCallback() {
        FIRED.compareAndSet(this, false, true);
        cancelled = true;
    }

    boolean isCancelled() {
        return cancelled;
    }
}
