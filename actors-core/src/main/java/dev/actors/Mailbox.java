package dev.actors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * An actor's inbox: a lock-free multi-producer, single-consumer linked queue of
 * {@link Envelope}s (Vyukov's intrusive MPSC queue, with a compare-and-set on the tail instead
 * of an exchange so that the queue can be closed), optionally bounded.
 *
 * <p>Why not {@code java.util.concurrent} or JCTools: an idle actor must cost a few dozen
 * bytes. {@code ConcurrentLinkedQueue} allocates a node per message besides the envelope and
 * has no O(1) size; JCTools' queues are padded against false sharing (hundreds of bytes each)
 * and cannot be closed atomically. Here the envelope is the node, the size is the difference of
 * two sequence numbers, and {@link #close()} swaps the tail for a marker so that no message can
 * be accepted after the final drain: every message is either handled/failed or refused.
 *
 * <p>Producers: any thread. Consumer: only the thread currently running the actor.
 */
final class Mailbox {

    /** What {@link #offer} did. */
    enum Offer { ACCEPTED, NOT_STARTED, CLOSED }

    private static final Logger log = LoggerFactory.getLogger(Actor.class);

    /** Read after the tail CAS in {@link #offer}: a field of this class, so reading it can run no class initialiser. */
    private static final Offer ACCEPTED = Offer.ACCEPTED;
    private static final Envelope NOT_STARTED = new Envelope(null, null, false);
    private static final Envelope CLOSED = new Envelope(null, null, false);
    private static final int SPINS_BEFORE_YIELD = 64;
    private static final VarHandle TAIL;
    private static final VarHandle NEXT;
    private static final VarHandle HEAD;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            TAIL = lookup.findVarHandle(Mailbox.class, "tail", Envelope.class);
            HEAD = lookup.findVarHandle(Mailbox.class, "head", Envelope.class);
            NEXT = lookup.findVarHandle(Envelope.class, "next", Envelope.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile Envelope tail = NOT_STARTED;
    /**
     * The envelope taken last, now the queue's stub node. Written by the consumer only; read by
     * monitors (size, taken) through HEAD.
     */
    private Envelope head;
    /** Consumer only: the last envelope accepted before {@link #close()}. */
    private Envelope lastBeforeClose;
    private volatile long closedSequence;
    /** Free places of a bounded mailbox; {@code null} when unbounded. Published by open's tail write. */
    private Semaphore room;
    private int capacity;

    /** Starts accepting messages; called once, before the consumer starts. */
    void open(int capacity) {
        if (capacity != Integer.MAX_VALUE) {
            this.room = new Semaphore(capacity);
            this.capacity = capacity;
        }
        Envelope stub = new Envelope(null, null, false);
        head = stub;
        tail = stub; // volatile write: publishes head and room to producers and the consumer
    }

    /** Whether the mailbox has a capacity: a racy hint (a plain read), exact once the tail set by {@link #open} was read. */
    boolean isBounded() {
        return room != null;
    }

    /**
     * Waits for a free place in a bounded mailbox (no-op when unbounded) and marks the envelope
     * as holding it. The caller then offers the envelope.
     *
     * @throws IllegalStateException if the mailbox is full and its own actor is the sender
     */
    void acquireRoom(Envelope envelope, Actor owner) {
        if (tail == NOT_STARTED) {
            return; // the offer will be refused
        }
        Semaphore places = room; // read after the volatile tail, which open() wrote after room
        if (places == null) {
            return;
        }
        if (!places.tryAcquire()) {
            if (owner.isHandledByCurrentThread()) {
                throw new IllegalStateException(owner.label() + " sent a message to itself while its mailbox is full (capacity "
                        + capacity + "): it would wait forever for room only it can make. Raise mailboxCapacity(), "
                        + "or hand the work to another actor");
            }
            try {
                places.acquire();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new ActorExecutionException("Interrupted while waiting for room in the mailbox of " + owner.label(), interrupted);
            }
        }
        envelope.counted = true;
    }

    /**
     * Appends the envelope unless the mailbox is not open. Lock-free; callable from any thread.
     *
     * <p>The tail CAS is the point of no return: from then on the consumer waits for the link
     * ({@link #awaitLink}), so nothing between the two may fail. A sender can run out of stack
     * anywhere (a {@link StackOverflowError} in a deep recursion that sends), and in the
     * interpreter every call, a VarHandle access included, is a new frame that may overflow. So
     * after the CAS only bytecodes run that push no frame: a volatile {@code putfield} for the
     * link and a {@code getstatic} of a constant of this (already initialised) class. Before the
     * CAS a failure leaves no trace. This is the "bubble" of Vyukov's queue (JCTools' and Pekko's
     * linked queues document it); here it lasts two instructions and cannot be broken by the
     * sender's own errors.
     */
    Offer offer(Envelope envelope) {
        for (;;) {
            Envelope last = tail;
            if (last == CLOSED) {
                return Offer.CLOSED;
            }
            if (last == NOT_STARTED) {
                return Offer.NOT_STARTED;
            }
            // Plain write, published by the CAS below to anyone who later reads this node as tail.
            envelope.sequence = last.sequence + 1;
            if (TAIL.compareAndSet(this, last, envelope)) {
                // A volatile store (a release and more): the consumer's acquire read of next sees the
                // envelope's fields. Not NEXT.setRelease: that is a call, which could overflow here.
                last.next = envelope;
                return ACCEPTED;
            }
        }
    }

    /** Takes the next envelope, or returns {@code null} if there is none. Consumer only. */
    Envelope poll() {
        Envelope first = head;
        Envelope next = (Envelope) NEXT.getAcquire(first);
        if (next == null) {
            if (isLast(first)) {
                return idle(first);
            }
            next = awaitLink(first);
        }
        // Release (a plain store on x86): monitors reading head see its sequence. The taken count
        // is the head's sequence, so taking a message writes nothing else that producers read.
        HEAD.setRelease(this, next);
        first.message = null; // the old stub: no producer touches it any more (its next is set)
        first.reply = null;
        first.context = null;
        if (next.counted) {
            room.release();
        }
        return next;
    }

    /** Lets the stub retain nothing while the actor is idle (written only when there is something to clear). */
    private static Envelope idle(Envelope stub) {
        if (stub.message != null || stub.reply != null || stub.context != null) {
            stub.message = null;
            stub.reply = null;
            stub.context = null;
        }
        return null;
    }

    /** How many envelopes have been taken so far (stop requests and leftovers included). Any thread. */
    long taken() {
        return ((Envelope) HEAD.getAcquire(this)).sequence;
    }

    /** Whether no envelope is waiting; exact for the consumer, a hint for others. */
    boolean isEmpty() {
        Envelope first = head;
        return NEXT.getAcquire(first) == null && isLast(first);
    }

    /**
     * Refuses all further messages; what was accepted before stays to be drained by
     * {@link #poll()}. Releases senders blocked on a full bounded mailbox, one after the other:
     * each is refused and gives its place back to the next. Consumer only; idempotent.
     */
    void close() {
        Envelope last;
        do {
            last = tail;
            if (last == CLOSED) {
                return;
            }
        } while (!TAIL.compareAndSet(this, last, CLOSED));
        lastBeforeClose = last;
        closedSequence = last.sequence;
        if (room != null) {
            room.release(); // wakes one blocked sender, which gives it back when refused (giveBackRoom): a cascade
        }
    }

    /** Returns the place of an envelope the mailbox refused, so that the next blocked sender wakes up too. */
    void giveBackRoom(Envelope refused) {
        if (refused.counted) {
            refused.counted = false;
            room.release();
        }
    }

    /**
     * After {@link #close()}, answers every envelope still queued, so that nothing is left
     * hanging: stop requests get {@code true}, asks fail with {@link ActorDeadException}, and
     * tells (sent after the stop request or the failure) are logged at WARN as dropped.
     * Consumer only.
     *
     * @return how many envelopes were answered
     */
    int answerLeftovers(Actor owner) {
        int answered = 0;
        for (Envelope left; (left = poll()) != null; answered++) {
            Object message = left.message;
            ThreadingFuture<Object> reply = left.reply;
            if (message == StopSignal.INSTANCE) {
                if (reply != null) {
                    reply.succeed(Boolean.TRUE);
                }
            } else if (!(message instanceof TimerMessage)) { // a timer's message ended with its actor: no dead letter
                if (reply != null) {
                    reply.fail(new ActorDeadException(owner.label() + " stopped before handling the message"));
                }
                owner.registry().deadLetter(owner.actorRef(), message, DeadLetter.Reason.DROPPED); // logged there, rate-limited
            }
        }
        return answered;
    }

    /** Messages waiting (not counting the one being handled). Any thread; a moment's view. */
    int size() {
        Envelope last = tail;
        long lastSequence = last == CLOSED ? closedSequence : last.sequence;
        long waiting = lastSequence - taken();
        return (int) Math.max(0L, Math.min(waiting, Integer.MAX_VALUE));
    }

    private boolean isLast(Envelope node) {
        Envelope last = tail;
        return last == node || (last == CLOSED && node == lastBeforeClose);
    }

    /** A producer has swapped the tail but not yet linked its node: wait for the link. */
    private static Envelope awaitLink(Envelope node) {
        Envelope next;
        for (int spins = 1; (next = (Envelope) NEXT.getAcquire(node)) == null; spins++) {
            if (spins % SPINS_BEFORE_YIELD == 0) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
        return next;
    }
}
