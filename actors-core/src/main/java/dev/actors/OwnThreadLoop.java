package dev.actors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The execution strategy of {@link ThreadingActor}: one platform thread runs the loop for the
 * actor's whole life, named {@code SimpleClassName-N} (one counter for all classes, as in
 * Pykka 4.4.1+). An idle actor spins briefly, then parks; a sender pays for an unpark only when
 * the thread is parked, and only the sender that clears {@code parked} pays it.
 */
final class OwnThreadLoop extends ActorLoop {

    private static final AtomicLong THREAD_NUMBERS = new AtomicLong();
    private static final int SPINS_BEFORE_PARK = 512;
    private static final VarHandle PARKED;

    static {
        try {
            PARKED = MethodHandles.lookup().findVarHandle(OwnThreadLoop.class, "parked", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Set by the actor thread just before parking; the sender that clears it unparks the thread. */
    private volatile boolean parked;

    OwnThreadLoop(Actor actor) {
        super(actor);
    }

    @Override
    void launch() {
        Thread actorThread = new Thread(this::run, Actor.displayName(actor.getClass()) + "-" + THREAD_NUMBERS.getAndIncrement());
        boolean daemon = actor instanceof ThreadingActor threading && threading.useDaemonThread();
        actorThread.setDaemon(daemon || actor.registry().daemonThreads());
        thread = actorThread;
        actorThread.start();
    }

    @Override
    void signal(int reserved) {
        // Volatile read after the enqueue's CAS; mirrors the consumer's write-then-recheck in
        // parkUntilMessage(): one of the two sees the other, so no wake-up is lost.
        // Only the sender that flips the flag pays for the unpark: while the woken thread is on its
        // way, later senders see false and do not queue up on the thread's park mutex.
        if (!parked) {
            return;
        }
        if (reserved < StackHeadroom.UNPARK) {
            StackHeadroom.ensure(StackHeadroom.UNPARK); // may overflow: "parked" is still set for the next sender
        }
        if (PARKED.compareAndSet(this, true, false)) {
            try {
                LockSupport.unpark(thread);
            } catch (Throwable notWoken) {
                // Second line behind the StackHeadroom reserved before the CAS (an OutOfMemoryError,
                // say): put the flag back so that the next
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
    int wakeUpHeadroom() {
        return parked ? StackHeadroom.UNPARK : 0;
    }

    @Override
    ActorState activity() {
        return parked ? ActorState.IDLE : ActorState.RUNNING;
    }

    /** Never gives the mailbox up: spins, then parks until a message comes. */
    @Override
    Envelope take() {
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
