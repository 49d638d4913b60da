package dev.actors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The execution strategy of {@link VirtualThreadActor}: a virtual thread per burst of messages.
 * A sender that finds the actor idle starts a virtual thread (named {@code SimpleClassName-vt});
 * it runs the loop over everything queued and gives the mailbox up when none is left. An idle
 * actor holds no thread.
 *
 * <p>Waiting for the next message adapts to the load. While no more bursts own a mailbox than
 * there are carrier threads, a burst that finds its mailbox empty spins briefly and then yields
 * its carrier a few times before it gives the mailbox up: a partner actor or caller often
 * answers within that time (ping-pong, asks from virtual threads), and the burst goes on
 * without ending this thread and starting another. When more bursts exist than there are
 * carriers, the carriers most likely have other work queued, so a burst gives an empty
 * mailbox up at once: a spin or a yield would only delay the others (thousands of actors with
 * a few messages each, fan-outs). Bursts blocked in a handler count too (they hold no carrier,
 * but the count cannot tell), which only makes the others give up sooner.
 *
 * <p>Ownership: {@code runState} moves IDLE to STARTING by the sender's CAS, STARTING to OWNED
 * by the new thread's claim, OWNED to IDLE by the owner's release (then a re-check of the
 * mailbox, the mirror of the sender's enqueue-then-read); after the stop it stays OWNED.
 */
final class VirtualThreadLoop extends ActorLoop {

    private static final ClassValue<ThreadFactory> THREAD_FACTORIES = new ClassValue<>() {
        @Override
        protected ThreadFactory computeValue(Class<?> type) {
            return Thread.ofVirtual().name(Actor.displayName(type) + "-vt").factory();
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
    /** Under light load, how many times an idle burst yields its carrier, polling after each, before it gives up. */
    private static final int LINGER_YIELDS = 8;
    private static final int MESSAGES_BEFORE_YIELD = 1024;
    /** The virtual-thread scheduler's parallelism, as the JDK reads it. */
    private static final int CARRIERS = Integer.getInteger("jdk.virtualThreadScheduler.parallelism",
            Runtime.getRuntime().availableProcessors());
    /**
     * Bursts started and not yet ended (STARTING or OWNED), over all VirtualThreadActors: the load
     * signal. A burst counts from the sender's start, so that a fan-out that starts many threads at
     * once is seen as load before they run. Changed twice per burst, never per message.
     */
    private static final AtomicInteger RUNNING_BURSTS = new AtomicInteger();

    static {
        try {
            RUN_STATE = MethodHandles.lookup().findVarHandle(VirtualThreadLoop.class, "runState", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * {@link #IDLE}, {@link #STARTING} or {@link #OWNED}. If a thread start fails, the sender puts
     * it back to IDLE; claim and give-back hold the mailbox's monitor, so exactly one of them wins
     * and a thread whose start "failed" half-way never owns the mailbox behind a later owner's back.
     * So the state is never "owned" with no thread to own it.
     */
    @SuppressWarnings("unused") // accessed through RUN_STATE
    private volatile int runState;
    /**
     * The next idle spin's length, adapted like a JVM's adaptive spin lock (owner only; ownership
     * passes through the volatile {@code runState}): back to {@link #IDLE_SPINS} when a spin
     * catches a message, halved when it does not (down to {@link #MIN_IDLE_SPINS}).
     */
    private int idleSpins = IDLE_SPINS;
    /** Owner only: messages handled in this burst, for the periodic yield. */
    private int handledInBurst;

    VirtualThreadLoop(Actor actor) {
        super(actor);
    }

    @Override
    void launch() {
        // A sender may already have started a run: the actor is registered, so refs from the
        // constructor, getByUrn or broadcast can reach it before launch. Only one run may own the mailbox.
        if (RUN_STATE.compareAndSet(this, IDLE, STARTING)) {
            boolean counted = false;
            try {
                RUNNING_BURSTS.incrementAndGet();
                counted = true;
                startThread();
            } catch (Throwable cannotStart) {
                // startIn shuts the actor down and answers the leftovers from this thread: keep every
                // other thread out of the mailbox for good (a half-started one fails its claim).
                synchronized (mailbox) {
                    runState = OWNED;
                }
                if (counted) {
                    RUNNING_BURSTS.decrementAndGet(); // last: a call, once the state is safe
                }
                throw cannotStart;
            }
        }
    }

    @Override
    void signal(int reserved) {
        // Volatile read, then CAS, after the enqueue's CAS: mirrors the owner's release-then-recheck
        // in take(), so either the owner sees the message or we start a new owner.
        if (runState != IDLE) {
            return;
        }
        if (reserved < StackHeadroom.THREAD_START) {
            StackHeadroom.ensure(StackHeadroom.THREAD_START); // may overflow: the state is still IDLE for the next sender
        }
        if (RUN_STATE.compareAndSet(this, IDLE, STARTING)) {
            boolean counted = false;
            try {
                RUNNING_BURSTS.incrementAndGet();
                counted = true;
                startThread();
            } catch (Throwable notStarted) {
                // Second line behind the StackHeadroom reserved before the CAS (an OutOfMemoryError,
                // say): give the mailbox back, so that the next
                // message (a stop request included) starts a thread that handles everything queued;
                // "starting" with no thread would wedge the actor for good. Only a monitor and field
                // accesses before the state is safe again; the counter (a call) comes last.
                boolean gaveBack = false;
                synchronized (mailbox) {
                    if (runState == STARTING) {
                        runState = IDLE;
                        gaveBack = true;
                    }
                }
                if (gaveBack && counted) {
                    RUNNING_BURSTS.decrementAndGet();
                }
                throw notStarted;
            }
        }
    }

    @Override
    int wakeUpHeadroom() {
        return runState == IDLE ? StackHeadroom.THREAD_START : 0;
    }

    @Override
    ActorState activity() {
        return runState == IDLE ? ActorState.IDLE : ActorState.RUNNING;
    }

    private void startThread() {
        THREAD_FACTORIES.get(actor.getClass()).newThread(this::burst).start();
    }

    /** One burst: claims the mailbox, runs the loop until it gives the mailbox up or the actor stops. */
    private void burst() {
        if (!claim()) {
            return; // the start this thread was for was given back (and uncounted), or claimed by another
        }
        thread = Thread.currentThread();
        handledInBurst = 0;
        if (!run()) {
            thread = null; // stopped: the state stays OWNED, so no thread is ever started again
            RUNNING_BURSTS.decrementAndGet();
        }
    }

    @Override
    void afterMessage() {
        if (++handledInBurst % MESSAGES_BEFORE_YIELD == 0) {
            Thread.yield(); // let other virtual threads have this carrier
        }
    }

    /**
     * The next envelope; or, when none comes (within a short spin and a few yields under light
     * load, at once under heavy load), gives up the mailbox and returns null.
     */
    @Override
    Envelope take() {
        for (;;) {
            Envelope envelope = mailbox.poll();
            if (envelope != null) {
                return envelope;
            }
            if (RUNNING_BURSTS.get() <= CARRIERS && (envelope = spinThenLinger()) != null) {
                return envelope;
            }
            thread = null;
            RUNNING_BURSTS.decrementAndGet();
            runState = IDLE;
            // Volatile write then re-check (mirror of signal): a message that arrived after our
            // last poll is either seen here or its sender saw IDLE and started a thread.
            if (mailbox.isEmpty() || !RUN_STATE.compareAndSet(this, IDLE, OWNED)) {
                return null;
            }
            RUNNING_BURSTS.incrementAndGet();
            thread = Thread.currentThread();
        }
    }

    /** Spins (adaptively), then yields the carrier a few times, polling; the envelope, or null. */
    private Envelope spinThenLinger() {
        for (int spin = 0; spin < idleSpins; spin++) {
            Thread.onSpinWait();
            Envelope envelope = mailbox.poll();
            if (envelope != null) {
                idleSpins = IDLE_SPINS;
                return envelope;
            }
        }
        idleSpins = Math.max(MIN_IDLE_SPINS, idleSpins >> 1);
        for (int turn = 0; turn < LINGER_YIELDS; turn++) {
            Thread.yield();
            Envelope envelope = mailbox.poll();
            if (envelope != null) {
                return envelope;
            }
        }
        return null;
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
}
