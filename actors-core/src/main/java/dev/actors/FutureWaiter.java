package dev.actors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * One node of a {@link ThreadingFuture}'s stack of waiters: either a parked thread to wake,
 * or a callback to run once when the future completes.
 */
final class FutureWaiter {

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
            callback.run();
        }
    }
}
