package dev.actors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ThreadFactory;

/**
 * An actor whose messages are handled on virtual threads, one at a time and in order. An idle
 * VirtualThreadActor holds no thread at all (a few hundred bytes in all), so millions can
 * exist; a message to an idle one starts a virtual thread that handles everything queued, then
 * ends. Threads are named {@code SimpleClassName-vt}. This is the role gevent and eventlet
 * actors played in Pykka 1.x/2.x.
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
    private static final VarHandle SCHEDULED;
    private static final int IDLE_SPINS = 64;
    private static final int MESSAGES_BEFORE_YIELD = 1024;

    static {
        try {
            SCHEDULED = MethodHandles.lookup().findVarHandle(VirtualThreadActor.class, "scheduled", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** True while a virtual thread owns the mailbox; whoever sets it starts that thread. */
    @SuppressWarnings("unused") // accessed through SCHEDULED
    private volatile boolean scheduled;
    /** Touched only by the owning thread; ownership passes through the volatile {@code scheduled}. */
    private boolean started;

    /** Creates the actor; start it with {@link Actor#start(Actor)}. */
    protected VirtualThreadActor() {
    }

    @Override
    final void launch() {
        // A sender may already have started a run: the actor is registered, so refs from the
        // constructor, getByUrn or broadcast can reach it before launch. Only one run may own the mailbox.
        if (SCHEDULED.compareAndSet(this, false, true)) {
            startThread();
        }
    }

    @Override
    final void signal() {
        // Volatile read, then CAS, after the enqueue's CAS: mirrors the owner's release-then-recheck
        // in run(), so either the owner sees the message or we start a new owner.
        if (!scheduled && SCHEDULED.compareAndSet(this, false, true)) {
            startThread();
        }
    }

    @Override
    final ActorState activity() {
        return scheduled ? ActorState.RUNNING : ActorState.IDLE;
    }

    private void startThread() {
        THREAD_FACTORIES.get(getClass()).newThread(this::run).start();
    }

    /** One run: the start hook the first time, then messages until the mailbox is empty or the actor stops. */
    private void run() {
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
                return; // stopped: "scheduled" stays set, so no thread is ever started again
            }
            Thread.interrupted(); // an interrupt aimed at one handler must not hit the next message
            if (++handled % MESSAGES_BEFORE_YIELD == 0) {
                Thread.yield(); // let other virtual threads have this carrier
            }
        }
    }

    /** The next envelope; or, when none comes within a short spin, gives up the mailbox and returns null. */
    private Envelope nextOrRelease() {
        for (;;) {
            for (int spin = 0; spin < IDLE_SPINS; spin++) {
                Envelope envelope = mailbox.poll();
                if (envelope != null) {
                    return envelope;
                }
                Thread.onSpinWait();
            }
            thread = null;
            scheduled = false;
            // Volatile write then re-check (mirror of signal): a message that arrived after our
            // last poll is either seen here or its sender saw scheduled == false and started a thread.
            if (mailbox.isEmpty() || !SCHEDULED.compareAndSet(this, false, true)) {
                return null;
            }
            thread = Thread.currentThread();
        }
    }
}
