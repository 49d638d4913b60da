package dev.actors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The entity of one key in {@link LocalEntities}: which incarnation takes its messages, and the
 * messages that wait while none does (one is being started, or the last one is stopping). In the
 * entities' map from the first message to the key until an incarnation has ended with nothing
 * waiting; then gone, so a passivated key costs nothing.
 *
 * <p>Phases, the low bits of {@link #state}:
 * <pre>
 * NEW      -&gt; STARTING  the first sender, which then builds and starts the incarnation
 * STARTING -&gt; LIVE      started, and everything that waited sent to it in order
 *          -&gt; STOPPING  it stopped before taking all that waited: those are its leftovers
 *          -&gt; REMOVED   the factory failed (what waited fails), or it ended and nothing waits
 * LIVE     -&gt; STOPPING  passivated (idle sweep or LRU), or a sender saw it stopping or dead
 * STOPPING -&gt; STARTING  it ended and messages wait: the thread that saw the end starts the next
 *          -&gt; REMOVED   it ended and nothing waits: out of the map
 * REMOVED               final: senders take a fresh slot from the map
 * </pre>
 *
 * <p>Threads and ordering. A send to a LIVE slot takes no lock: a {@code getAndAdd} counts one
 * sender in flight and one send (the epoch, so every send changes the word), the message goes to
 * the incarnation, a second {@code getAndAdd} uncounts the sender. Passivation is one CAS from
 * the exact word its checks saw (LIVE, no sender in flight): a sender that enters between the
 * checks and the CAS changes the word and makes the CAS fail, one that enters after it sees
 * STOPPING and waits in the buffer. So the stop, sent
 * after the CAS, is queued behind every message the incarnation accepted from this slot and no
 * such message is queued behind it. Every other phase change and the buffer are guarded by the
 * slot's monitor (a CAS still, as senders keep adding to the word); LIVE is entered under it
 * only once the buffer is empty, so a message that waited is never overtaken by a later direct
 * send, and a new incarnation starts only from the end of the old one (after its {@code onStop}).
 * {@link #incarnation} is written before LIVE is published (volatile), so a sender that read
 * LIVE sends to the right actor. No user code runs under the monitor but a {@link MessageHook}'s
 * capture.
 */
final class EntitySlot<K> {

    /** What {@link #enqueue} did with a message. */
    enum Held {
        /** It waits in the buffer for an incarnation (or was sent to the one this call started). */
        WAITING,
        /** The slot became LIVE meanwhile: send it directly. */
        LIVE_AGAIN,
        /** The slot is gone: take a fresh one from the map. */
        GONE
    }

    private static final long NEW = 0;
    private static final long STARTING = 1;
    private static final long LIVE = 2;
    private static final long STOPPING = 3;
    private static final long REMOVED = 4;
    private static final long PHASE = 0b111L;
    private static final long SENDER = 1L << 3;
    /** Senders in flight: 24 bits, above the phase. */
    private static final long SENDERS = ((1L << 24) - 1) << 3;
    /** One send, counted above the senders; it wraps harmlessly. */
    private static final long SEND = 1L << 27;
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(EntitySlot.class, "state", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final K key;
    private final LocalEntities<K, ?> owner;
    @SuppressWarnings("unused") // accessed through STATE
    private volatile long state;
    /** The incarnation being started or live (then the last one until the next is built); {@code null} once REMOVED. */
    private volatile Actor incarnation;
    /** Guarded by this: what waits for an incarnation, in arrival order; {@code null} when nothing does. */
    private WaitingMessages waiting;
    /** Guarded by this: the incarnation being started has already ended. */
    private boolean endedWhileStarting;
    /** The idle sweep's thread only: the word at its last visit, and since when the slot has been quiet. */
    private long observed;
    private boolean quiet;
    private long quietSince;
    /** Guarded by the {@link EntityLru}'s lock. */
    EntitySlot<?> older;
    EntitySlot<?> newer;
    boolean inLru;

    EntitySlot(LocalEntities<K, ?> owner, K key) {
        this.owner = owner;
        this.key = key;
    }

    /**
     * Hot path: sends to the live incarnation if it takes messages.
     *
     * @return {@code false} when the caller must {@link #enqueue} instead (not LIVE, or the incarnation is ending)
     */
    boolean trySendLive(Envelope envelope) {
        long entered = (long) STATE.getAndAdd(this, SENDER + SEND);
        boolean sent = false;
        try {
            sent = (entered & PHASE) == LIVE && sendToIncarnation(envelope);
        } finally {
            STATE.getAndAdd(this, -SENDER);
        }
        if (sent) {
            owner.sentLive(); // an eviction that had to skip this slot for its sender in flight may be due now
        }
        return sent;
    }

    /** Counted as a sender in flight of a LIVE slot: sends to its incarnation unless that one is ending. */
    private boolean sendToIncarnation(Envelope envelope) {
        Actor actor = incarnation; // null if the slot was removed since the getAndAdd
        if (actor == null || actor.isStopRequested() || actor.isStopped()) { // ending: wait for its end
            retire();
            return false;
        }
        owner.touched(this);
        try {
            actor.send(envelope);
            return true;
        } catch (ActorDeadException refused) { // it ended between the check and the send
            envelope.contextCaptured = true; // the send captured the hook's context on this thread already
            retire();
            return false;
        }
    }

    /** Slow path: the message waits for an incarnation; the first sender to a NEW slot starts one. */
    Held enqueue(Envelope envelope) {
        boolean starter;
        synchronized (this) {
            long phase = (long) STATE.getVolatile(this) & PHASE;
            if (phase == REMOVED) {
                return Held.GONE;
            }
            if (phase == LIVE) {
                return Held.LIVE_AGAIN;
            }
            starter = phase == NEW;
            if (starter) {
                setPhase(STARTING); // its own message is sent by this thread: the send captures its context
            } else if (!envelope.contextCaptured) {
                owner.captureContext(envelope, incarnation); // another thread will send it
            }
            if (waiting == null) {
                waiting = new WaitingMessages();
            }
            waiting.add(envelope);
        }
        if (starter) {
            start();
        }
        return Held.WAITING;
    }

    /** The factory built the next incarnation, before its launch: from now on its end is this slot's to handle. */
    synchronized void built(Actor home) {
        incarnation = home;
        endedWhileStarting = false;
    }

    /** An incarnation of this slot ended (stopped or died), after its last future: on its thread. */
    void ended(Actor ended) {
        synchronized (this) {
            if (ended != incarnation) {
                return;
            }
            if (leaveLive()) { // it died, or was stopped from outside, while live: nobody had noticed
                owner.leftLive(this);
            }
            if (phase() == STARTING) {
                endedWhileStarting = true; // the starter is still sending to it: it finishes the job
                return;
            }
            if (waiting == null) {
                remove();
                return;
            }
            setPhase(STARTING);
        }
        start();
    }

    /** Builds and starts an incarnation, then sends it what waits; on the thread that set STARTING. */
    private void start() {
        Actor started;
        try {
            started = owner.startIncarnation(this);
        } catch (RuntimeException | Error cannotStart) {
            failStart(cannotStart);
            if (cannotStart instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            return;
        }
        flushTo(started);
    }

    private void flushTo(Actor actor) {
        for (;;) {
            WaitingMessages batch;
            synchronized (this) {
                if (waiting == null) {
                    if (endedWhileStarting) {
                        remove();
                        return;
                    }
                    setPhase(LIVE);
                    break;
                }
                batch = waiting;
                waiting = null;
            }
            if (!batch.sendInOrder(actor, owner)) {
                dropLeftovers(actor, batch);
                return;
            }
        }
        owner.becameLive(this);
    }

    /** The incarnation started for what waited stopped before taking it all: the rest are its leftovers. */
    private void dropLeftovers(Actor actor, WaitingMessages unsent) {
        synchronized (this) {
            if (waiting != null) {
                unsent.addAll(waiting);
                waiting = null;
            }
            if (endedWhileStarting) {
                remove();
            } else {
                setPhase(STOPPING); // its end, still to come, starts the next one if messages wait by then
            }
        }
        for (Envelope leftover : unsent) {
            owner.dropped(actor, leftover);
        }
    }

    private void failStart(Throwable cause) {
        WaitingMessages failed;
        Actor built;
        synchronized (this) {
            failed = waiting;
            waiting = null;
            built = incarnation;
            remove();
        }
        owner.startFailed(this, built, failed, cause);
    }

    /** Under the monitor: out of the map for good. */
    private void remove() {
        setPhase(REMOVED);
        incarnation = null;
        owner.removed(this);
    }

    /**
     * The idle sweep's visit, on its thread: passivates the incarnation once it has been quiet (LIVE,
     * idle, nothing sent) at every visit for {@code idleNanos}.
     */
    void sweep(long now, long idleNanos) {
        long word = (long) STATE.getVolatile(this);
        Actor actor = incarnation;
        boolean idle = (word & PHASE) == LIVE && (word & SENDERS) == 0 && actor != null
                && actor.mailbox.size() == 0 && actor.state() == ActorState.IDLE;
        if (!idle || word != observed) {
            observed = word;
            quiet = false;
        } else if (!quiet) {
            quiet = true;
            quietSince = now;
        } else if (now - quietSince >= idleNanos && passivate(word)) {
            owner.leftLive(this);
            owner.passivated(this, actor, "idle");
        }
    }

    /**
     * The LRU's choice (under its lock): passivates the incarnation unless a sender is in flight.
     *
     * @return the incarnation to stop, or {@code null} if it was not passivated
     */
    Actor tryEvict() {
        long word = (long) STATE.getVolatile(this);
        if ((word & PHASE) != LIVE || (word & SENDERS) != 0) {
            return null;
        }
        Actor actor = incarnation; // the word is unchanged if the CAS succeeds: still this incarnation
        return passivate(word) ? actor : null;
    }

    boolean isLive() {
        return phase() == LIVE;
    }

    /** The incarnation that would take a message now, or the last one; {@code null} if none was built. */
    Actor incarnation() {
        return incarnation;
    }

    private boolean passivate(long checked) {
        return STATE.compareAndSet(this, checked, (checked & ~PHASE) | STOPPING);
    }

    /** A sender saw the live incarnation stopping or dead: messages wait for its end, which starts the next. */
    private void retire() {
        if (leaveLive()) {
            owner.leftLive(this);
        }
    }

    /** LIVE to STOPPING whatever the senders in flight; {@code true} for the thread that did it. */
    private boolean leaveLive() {
        for (;;) {
            long word = (long) STATE.getVolatile(this);
            if ((word & PHASE) != LIVE) {
                return false;
            }
            if (STATE.compareAndSet(this, word, (word & ~PHASE) | STOPPING)) {
                return true;
            }
        }
    }

    /** Under the monitor: senders add to the word concurrently, so the phase is changed by CAS. */
    private void setPhase(long phase) {
        for (;;) {
            long word = (long) STATE.getVolatile(this);
            if (STATE.compareAndSet(this, word, (word & ~PHASE) | phase)) {
                return;
            }
        }
    }

    private long phase() {
        return (long) STATE.getVolatile(this) & PHASE;
    }
}
