package dev.actors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An actor with a platform thread of its own for its whole life, named
 * {@code SimpleClassName-N} (one counter for all classes, as in Pykka 4.4.1+).
 * Pykka: {@code pykka.ThreadingActor}.
 *
 * <p>Choose it for actors that block in native code or hold thread-affine resources; prefer
 * {@link VirtualThreadActor} for many actors. An idle ThreadingActor spins briefly, then parks;
 * a sender only pays for an unpark when the actor is parked.
 */
public abstract class ThreadingActor extends Actor {

    private static final AtomicLong THREAD_NUMBERS = new AtomicLong();
    private static final VarHandle PARKED;

    static {
        try {
            PARKED = MethodHandles.lookup().findVarHandle(ThreadingActor.class, "parked", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
    private static final int SPINS_BEFORE_PARK = 512;

    /** Set by the actor thread just before parking; the sender that clears it unparks the thread. */
    private volatile boolean parked;

    /** Creates the actor; start it with {@link Actor#start(Actor)}. */
    protected ThreadingActor() {
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

    @Override
    final void launch() {
        Thread actorThread = new Thread(this::run, displayName(getClass()) + "-" + THREAD_NUMBERS.getAndIncrement());
        actorThread.setDaemon(useDaemonThread() || registry().daemonThreads());
        thread = actorThread;
        actorThread.start();
    }

    @Override
    final void signal() {
        // Volatile read after the enqueue's CAS; mirrors the consumer's write-then-recheck in
        // next(): one of the two sees the other, so no wake-up is lost.
        // Only the sender that flips the flag pays for the unpark: while the woken thread is on its
        // way, later senders see false and do not queue up on the thread's park mutex.
        if (parked && PARKED.compareAndSet(this, true, false)) {
            try {
                LockSupport.unpark(thread);
            } catch (Throwable notWoken) {
                // Second line behind the StackHeadroom the send reserved (an OutOfMemoryError, or a
                // send that saw the actor busy and then parked): put the flag back so that the next
                // sender (a stop request included) unparks the thread; with "parked" left false it
                // would sleep forever. A volatile putfield, no call. A stale true while the thread
                // runs is harmless: it re-checks the mailbox after every park, so an extra unpark
                // only costs it one more round.
                parked = true;
                throw notWoken;
            }
        }
    }

    @Override
    final int wakeUpHeadroom() {
        return parked ? StackHeadroom.UNPARK : 0;
    }

    @Override
    final ActorState activity() {
        return parked ? ActorState.IDLE : ActorState.RUNNING;
    }

    /** The actor loop: start hook, then one message at a time until a stop or a failure. */
    private void run() {
        if (!runOnStart()) {
            return;
        }
        while (handle(next())) {
            Thread.interrupted(); // an interrupt aimed at one handler must not hit the next message
        }
    }

    private Envelope next() {
        for (int spin = 0; spin < SPINS_BEFORE_PARK; spin++) {
            Envelope envelope = mailbox.poll();
            if (envelope != null) {
                return envelope;
            }
            Thread.onSpinWait();
        }
        return parkUntilMessage();
    }

    private Envelope parkUntilMessage() {
        for (;;) {
            parked = true;
            Envelope envelope = mailbox.poll(); // re-check after publishing "parked" (see signal)
            if (envelope != null) {
                parked = false;
                return envelope;
            }
            LockSupport.park(this);
            Thread.interrupted(); // an interrupt of an idle actor would otherwise make park return at once, forever
            parked = false;
            envelope = mailbox.poll();
            if (envelope != null) {
                return envelope;
            }
        }
    }
}
