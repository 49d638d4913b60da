package dev.actors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ThreadFactory;

/**
 * An actor whose messages are handled on virtual threads, one at a time and in order. An idle
 * VirtualThreadActor holds no thread at all (a few hundred bytes in all), so millions can
 * exist; a message to an idle one starts a virtual thread that handles everything queued,
 * lingers for a few yields in case more comes, then ends. Threads are named
 * {@code SimpleClassName-vt}. This is the role gevent and eventlet actors played in Pykka
 * 1.x/2.x.
 *
 * <p>Handlers may block (I/O, {@code get()} on other actors' futures): a blocked virtual
 * thread releases its carrier.
 */
public abstract class VirtualThreadActor extends Actor {

    private static final ClassValue<ThreadFactory> THREAD_FACTORIES = new ClassValue<>() {
        @Override
        protected ThreadFactory computeValue(Class<?> type) {
            return Thread.ofVirtual().name(displayName(type) + "-vt").factory();
        }
    };
    private static final VarHandle RUN_STATE;
    /** No thread owns the mailbox: the next sender starts one. */
    private static final int IDLE = 0;
    /** A sender has started a thread that has not yet claimed the mailbox (see {@link #claim()}). */
    private static final int STARTING = 1;
    /** A thread owns the mailbox; after the actor stopped, forever (no thread is started again). */
    private static final int OWNED = 2;
    /** Longest idle spin: about 2 µs, enough to catch a sender that streams messages. */
    private static final int IDLE_SPINS = 64;
    /** Shortest idle spin (about 150 ns): still catches a stream, so that the spin can grow back. */
    private static final int MIN_IDLE_SPINS = 4;
    /**
     * After the spin, how many times a run yields its carrier, polling after each, before it
     * gives up the mailbox. A partner actor or caller that runs in the meantime (often on the
     * same carrier) usually answers within a few turns, and the run goes on without the cost
     * of ending this virtual thread and starting another.
     */
    private static final int LINGER_YIELDS = 8;
    private static final int MESSAGES_BEFORE_YIELD = 1024;

    static {
        try {
            RUN_STATE = MethodHandles.lookup().findVarHandle(VirtualThreadActor.class, "runState", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * {@link #IDLE}, {@link #STARTING} or {@link #OWNED}. A sender moves it from IDLE to STARTING
     * (CAS) and starts a thread, which claims it (STARTING to OWNED) before it touches the mailbox.
     * If the start fails, the sender puts it back to IDLE; claim and give-back hold the mailbox's
     * monitor, so exactly one of them wins and a thread whose start "failed" half-way never owns the
     * mailbox behind a later owner's back. So the state is never "owned" with no thread to own it.
     */
    @SuppressWarnings("unused") // accessed through RUN_STATE
    private volatile int runState;
    /** Touched only by the owning thread; ownership passes through the volatile {@code runState}. */
    private boolean started;
    /**
     * The next idle spin's length, adapted like a JVM's adaptive spin lock (owner only, as
     * {@code started}): back to {@link #IDLE_SPINS} when a spin catches a message, halved when
     * it does not (down to {@link #MIN_IDLE_SPINS}). A spin holds the carrier, which a partner
     * on the same carrier may need to answer at all (ping-pong, asks from virtual threads);
     * streams keep their spin.
     */
    private int idleSpins = IDLE_SPINS;

    /** Creates the actor; start it with {@link Actor#start(Actor)}. */
    protected VirtualThreadActor() {
    }

    @Override
    final void launch() {
        // A sender may already have started a run: the actor is registered, so refs from the
        // constructor, getByUrn or broadcast can reach it before launch. Only one run may own the mailbox.
        if (RUN_STATE.compareAndSet(this, IDLE, STARTING)) {
            try {
                startThread();
            } catch (Throwable cannotStart) {
                // startIn shuts the actor down and answers the leftovers from this thread: keep every
                // other thread out of the mailbox for good (a half-started one fails its claim).
                synchronized (mailbox) {
                    runState = OWNED;
                }
                throw cannotStart;
            }
        }
    }

    @Override
    final void signal() {
        // Volatile read, then CAS, after the enqueue's CAS: mirrors the owner's release-then-recheck
        // in nextOrRelease(), so either the owner sees the message or we start a new owner.
        if (runState == IDLE && RUN_STATE.compareAndSet(this, IDLE, STARTING)) {
            try {
                startThread();
            } catch (Throwable notStarted) {
                // Second line behind the StackHeadroom the send reserved (an OutOfMemoryError, or a
                // send that saw the actor busy and then idle): give the mailbox back, so that the next
                // message (a stop request included) starts a thread that handles everything queued;
                // "starting" with no thread would wedge the actor for good. Only a monitor and field
                // accesses, no call (right after an overflow even these are best effort: a handler
                // running at the stack's end can overflow again; hence the headroom).
                synchronized (mailbox) {
                    if (runState == STARTING) {
                        runState = IDLE;
                    }
                }
                throw notStarted;
            }
        }
    }

    @Override
    final int wakeUpHeadroom() {
        return runState == IDLE ? StackHeadroom.THREAD_START : 0;
    }

    @Override
    final ActorState activity() {
        return runState == IDLE ? ActorState.IDLE : ActorState.RUNNING;
    }

    private void startThread() {
        THREAD_FACTORIES.get(getClass()).newThread(this::run).start();
    }

    /** One run: the start hook the first time, then messages until the mailbox is empty or the actor stops. */
    private void run() {
        if (!claim()) {
            return;
        }
        thread = Thread.currentThread();
        if (!started) {
            started = true;
            if (!runOnStart()) {
                thread = null;
                return;
            }
        }
        int handled = 0;
        for (Envelope envelope; (envelope = nextOrRelease()) != null; ) {
            if (!handle(envelope)) {
                thread = null;
                return; // stopped: the state stays OWNED, so no thread is ever started again
            }
            Thread.interrupted(); // an interrupt aimed at one handler must not hit the next message
            if (++handled % MESSAGES_BEFORE_YIELD == 0) {
                Thread.yield(); // let other virtual threads have this carrier
            }
        }
    }

    /**
     * The next envelope; or, when none comes within a short spin and a few yields, gives up the
     * mailbox and returns null.
     */
    private Envelope nextOrRelease() {
        for (;;) {
            for (int spin = 0; spin < idleSpins; spin++) {
                Envelope envelope = mailbox.poll();
                if (envelope != null) {
                    idleSpins = IDLE_SPINS;
                    return envelope;
                }
                Thread.onSpinWait();
            }
            idleSpins = Math.max(MIN_IDLE_SPINS, idleSpins >> 1);
            Envelope late = linger();
            if (late != null) {
                return late;
            }
            thread = null;
            runState = IDLE;
            // Volatile write then re-check (mirror of signal): a message that arrived after our
            // last poll is either seen here or its sender saw IDLE and started a thread.
            if (mailbox.isEmpty() || !RUN_STATE.compareAndSet(this, IDLE, OWNED)) {
                return null;
            }
            thread = Thread.currentThread();
        }
    }

    /**
     * Takes the mailbox a sender started this thread for; {@code false} if that sender gave it back
     * (its start failed half-way) and no other start is pending. Claiming a later sender's pending
     * start is fine: that sender's own thread then finds the mailbox owned and ends, so there is
     * still one owner at a time.
     */
    private boolean claim() {
        synchronized (mailbox) {
            if (runState != STARTING) {
                return false;
            }
            runState = OWNED;
            return true;
        }
    }

    /** Yields the carrier up to {@link #LINGER_YIELDS} times, polling after each; the envelope, or null. */
    private Envelope linger() {
        for (int turn = 0; turn < LINGER_YIELDS; turn++) {
            Thread.yield();
            Envelope envelope = mailbox.poll();
            if (envelope != null) {
                return envelope;
            }
        }
        return null;
    }
}
