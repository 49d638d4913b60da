package dev.actors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The base of every actor: state that only its own thread touches, changed one message at a
 * time. Extend {@link ThreadingActor} (a platform thread per actor) or
 * {@link VirtualThreadActor} (virtual threads; idle actors hold no thread), not this class.
 * Pykka: {@code pykka.Actor}.
 *
 * <p>Start an actor with {@link #start(Actor)} (Pykka's {@code MyActor.start(...)}); the
 * constructor runs in the caller's thread, the hooks and handlers in the actor's.
 *
 * <p>Failure rules, as in Pykka: an exception while handling an {@code ask} goes to its future
 * (logged at DEBUG: the caller gets it; INFO before 0.2) and the actor lives on; an exception while handling a {@code tell} is logged
 * at ERROR, {@link #onFailure(Throwable)} runs and the actor stops. A
 * {@link VirtualMachineError} (other than {@link StackOverflowError}, which follows the
 * exception rules like Python's {@code RecursionError}) fails the in-flight ask, is logged at
 * ERROR, runs {@code onFailure}, then stops every other actor of the same registry, LIFO.
 *
 * <p>The runtime names an actor by its class and URN in every message and log line, never by
 * calling an overridden {@code toString()}, and logging can never keep a future from completing
 * or an actor from stopping: a failure whose {@code getMessage()} throws is still delivered.
 *
 * <p>Stopping is a poison pill: messages sent before the stop are handled first; messages
 * still queued when the actor stops get {@link ActorDeadException} (asks) or are logged at
 * WARN as dropped (tells sent after the stop request); later sends are refused.
 */
public abstract class Actor {

    private static final Logger log = LoggerFactory.getLogger(Actor.class);
    private static final int NEW = 0;
    private static final int ALIVE = 1;
    private static final int STOPPED = 2;
    private static final VarHandle LIFECYCLE;

    static {
        try {
            LIFECYCLE = MethodHandles.lookup().findVarHandle(Actor.class, "lifecycle", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The instance that holds this actor's identity (URN, ref, mailbox, run loop, lifecycle) for
     * every incarnation: {@code this} for an actor's first instance, the first instance for one
     * built by a restart. Methods that reach the identity's mutable state go through it.
     */
    private final Actor home;
    private final String urn;
    private final ActorRef<Actor> ref;
    final Mailbox mailbox;
    /** The run loop and the execution strategy that runs it (the actor's kind). */
    private final ActorLoop loop;
    @SuppressWarnings("unused") // accessed through LIFECYCLE
    private volatile int lifecycle;
    private volatile ActorRegistry registry;
    private volatile long startedAtMillis;
    private volatile Throwable failure;
    /** Set (home only) by a stop request before it is queued, so that a restart backoff ends early. */
    private volatile boolean stopRequested;
    /** Home only, created on first use from the actor's thread. */
    private Timers timers;

    /**
     * Package-private: actors extend {@link ThreadingActor} or {@link VirtualThreadActor}, which
     * pass the execution strategy that runs this actor's loop. An instance built by a restart
     * (its factory runs on the actor's thread, see {@link Incarnations}) joins the identity of
     * the actor it replaces, so that {@code actorRef()} is already the right one in its constructor.
     */
    Actor(Function<Actor, ActorLoop> execution) {
        Actor restarted = Incarnations.claim(this);
        if (restarted != null) {
            home = restarted;
            urn = restarted.urn;
            ref = restarted.ref;
            mailbox = restarted.mailbox;
            loop = restarted.loop;
        } else {
            home = this;
            urn = randomUrn();
            ref = new ActorRef<>(this);
            mailbox = new Mailbox();
            loop = execution.apply(this);
        }
    }

    /**
     * Starts the actor in {@link ActorRegistry#getDefault()}. Pykka: {@code MyActor.start(...)}.
     *
     * @param actor a new, never started actor
     * @param <A> the actor's type
     * @return its ref
     * @throws IllegalStateException if this instance was started before
     */
    public static <A extends Actor> ActorRef<A> start(A actor) {
        return ActorRegistry.getDefault().start(actor);
    }

    /**
     * Runs in the actor's thread before the first message. If it throws, the failure is logged
     * at ERROR, {@link #onFailure} is not called and the actor stops; queued asks fail with
     * {@link ActorDeadException}. Pykka: {@code on_start()}.
     */
    protected void onStart() {
    }

    /**
     * Runs in the actor's thread after the last message when the actor is stopped normally
     * (not when it dies of a failure). It is already unregistered and not alive. A throw is
     * logged at ERROR. Pykka: {@code on_stop()}.
     */
    protected void onStop() {
    }

    /**
     * Runs in the actor's thread after a {@code tell}-ed message failed (no future could carry
     * the failure); the actor is already stopped and unregistered. A throw is logged at ERROR.
     * Pykka: {@code on_failure(exception_type, exception_value, traceback)}.
     *
     * @param cause the failure
     */
    protected void onFailure(Throwable cause) {
    }

    /**
     * Handles a plain message; the return value is the reply to an {@code ask}. The default
     * logs "Unexpected message" at WARN and returns {@code null}. Pykka: {@code on_receive(message)}.
     *
     * @param message the message, never {@code null}
     * @return the reply
     * @throws Exception whatever handling the message fails with (see the failure rules)
     */
    protected Object onReceive(Object message) throws Exception {
        SafeLog.log(log, Level.WARN, "Unexpected message received by {}: {}", label(), message);
        return null;
    }

    /**
     * This actor's ref, available from construction. {@code actorRef().proxy()} gives a self
     * proxy whose calls run after the current message and what is already queued.
     * Pykka: {@code self.actor_ref}.
     *
     * @param <A> the actor's type
     * @return the ref
     */
    @SuppressWarnings("unchecked")
    protected final <A extends Actor> ActorRef<A> actorRef() {
        return (ActorRef<A>) ref;
    }

    /**
     * This actor's URN, {@code urn:uuid:<random UUID>}, assigned at construction.
     * Pykka: {@code actor_urn}.
     *
     * @return the URN
     */
    public final String actorUrn() {
        return urn;
    }

    /**
     * Asks this actor to stop, without waiting: the stop is queued after the messages already
     * in the mailbox. Calling it several times is harmless. Pykka: {@code self.stop()}.
     *
     * @throws ActorDeadException if the actor has already stopped (e.g. from {@link #onStop()})
     */
    protected final void stop() {
        home.send(Envelope.tell(StopSignal.INSTANCE));
    }

    /**
     * What happens when a {@code tell}-ed message fails (read once, when the actor starts): the
     * default, {@link RestartPolicy#never()}, stops the actor for good (Pykka's rule). Another
     * policy restarts it with a fresh instance from its factory, so start such an actor with
     * {@link ActorRegistry#startFrom(java.util.function.Supplier)}; {@link #start(Actor)} refuses it.
     * Pekko: the parent's {@code supervisorStrategy}.
     *
     * <p>A restart: the failed instance's {@link #onFailure} runs, the failing message becomes a
     * {@link DeadLetter} ({@code FAILED}), the timers end; after the backoff a new instance from
     * the factory runs {@link #onStart()} and then the messages still queued, in order. The ref,
     * URN, proxies, registry membership and LIFO position stay; {@code isAlive()} stays
     * {@code true} and senders are not refused meanwhile (asks wait). A failing {@code onStart()}
     * and a throwing factory count as failures too; failed asks never restart (their future has the
     * failure), a {@link VirtualMachineError} never does. A stop requested during a backoff ends
     * the backoff: the new instance handles what was sent before the stop, then stops (if that
     * restart fails too, the actor stops). The first instance stays the holder of the actor's
     * identity for its whole life (the ref points at it), so its fields are kept after a restart
     * though never used again: an actor with large state should drop it in {@link #onFailure}.
     *
     * @return the policy, never {@code null}
     */
    protected RestartPolicy restartPolicy() {
        return RestartPolicy.never();
    }

    /**
     * This actor's timers: messages it sends itself later, through its mailbox (see {@link Timers}).
     * They end when the actor stops or restarts. Pekko: {@code timers} of {@code Timers}.
     *
     * @return the timers
     * @throws IllegalStateException if called from another thread than the actor's own (a hook or
     *     a handler); start timers from {@code onStart()} or a handler
     */
    protected final Timers timers() {
        Actor identity = home;
        if (!identity.isHandledByCurrentThread()) {
            throw new IllegalStateException(label() + ".timers() was called from thread " + Thread.currentThread().getName()
                    + ", not the actor's own: use timers from onStart() or a message handler (send the actor a message to start one)");
        }
        Timers mine = identity.timers;
        if (mine == null) {
            mine = new Timers(identity);
            identity.timers = mine;
        }
        return mine;
    }

    /** The timers if any were used (actor's thread only), else {@code null}. */
    final Timers timersIfUsed() {
        return home.timers;
    }

    /**
     * The mailbox's capacity, read once when the actor starts. The default is unbounded. When
     * full, {@code tell} and {@code ask} wait for room; senders still waiting when the actor
     * dies are released with {@link ActorDeadException}. Stop requests are never held back.
     * Pykka has no equivalent.
     *
     * @return the number of messages that may wait, at least 1
     */
    protected int mailboxCapacity() {
        return Integer.MAX_VALUE;
    }

    /**
     * {@code SimpleClassName (urn:uuid:...)}, as Pykka's {@code str(actor)}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return label();
    }

    /**
     * {@code SimpleClassName (urn:uuid:...)} without calling an overridden {@link #toString()}:
     * what every log line and error message of the runtime names the actor by, so that a
     * throwing or slow user {@code toString()} can never break a path that must complete.
     */
    final String label() {
        return displayName(getClass()) + " (" + urn + ")";
    }

    static String displayName(Class<?> type) {
        String simple = type.getSimpleName();
        return simple.isEmpty() ? type.getName() : simple;
    }

    /**
     * Starts this instance as a new actor in {@code owner}.
     *
     * @param factory the factory it came from (restarts build their instances with it), or
     *     {@code null} for {@code start(instance)}, which refuses a restart policy
     */
    final void startIn(ActorRegistry owner, Supplier<? extends Actor> factory) {
        if (home != this) {
            throw new IllegalStateException(label() + " is an instance built by a restart of that actor, which runs it "
                    + "already: an actor instance can be started once. Create a new instance to start another actor");
        }
        int capacity = mailboxCapacity();
        if (capacity <= 0) {
            throw new IllegalArgumentException(label() + ": mailboxCapacity() must be at least 1, got " + capacity);
        }
        RestartPolicy policy = restartPolicy();
        if (policy == null) {
            throw new IllegalStateException(label() + ": restartPolicy() returned null; return RestartPolicy.never() "
                    + "for no restarts");
        }
        if (policy.restarts() && factory == null) {
            throw new IllegalStateException(label() + " has the restart policy " + policy + ", and a restart needs a "
                    + "new instance: start it from a factory, registry.startFrom(" + displayName(getClass()) + "::new), "
                    + "not from an instance");
        }
        if (!LIFECYCLE.compareAndSet(this, NEW, ALIVE)) {
            throw new IllegalStateException(label() + " was already started: an actor instance can be started once. "
                    + "Create a new instance to start another actor");
        }
        registry = owner;
        startedAtMillis = System.currentTimeMillis();
        loop.supervise(policy, factory);
        mailbox.open(capacity);
        owner.register(ref);
        SafeLog.log(log, Level.DEBUG, "Starting {}", label());
        try {
            loop.launch();
        } catch (RuntimeException | Error cannotStart) {
            shutDown(cannotStart);
            loop.answerLeftovers(); // no ask may hang
            throw cannotStart;
        }
    }

    /** Sends an envelope. Throws {@link ActorDeadException} if the actor does not take messages. */
    final void send(Envelope envelope) {
        boolean stop = envelope.message == StopSignal.INSTANCE;
        ActorRegistry owner = registry; // null until started: the offer below is refused then
        // An entity's message that waited for its incarnation had its context captured on its
        // sender's thread already (the entity layer sends it later, from another thread).
        MessageHook hook = owner == null || stop || envelope.contextCaptured ? null : owner.messageHook();
        if (hook != null) {
            MessageHooks.capture(hook, this, envelope);
        }
        int reserved = reserveStackForTheSend(!stop && mailbox.isBounded());
        if (!stop) {
            try {
                mailbox.acquireRoom(envelope, this);
            } catch (ActorDeadException diedWhileWaiting) {
                refused(envelope);
                throw diedWhileWaiting;
            }
        }
        Mailbox.Offer offer = mailbox.offer(envelope);
        if (offer != Mailbox.Offer.ACCEPTED) {
            mailbox.giveBackRoom(envelope);
            if (offer == Mailbox.Offer.NOT_STARTED) {
                throw new ActorDeadException(label() + " is not started: start it with Actor.start(actor) or "
                        + "registry.start(actor) before sending it messages");
            }
            refused(envelope);
            throw new ActorDeadException(label() + " not found");
        }
        loop.signal(reserved);
    }

    private void refused(Envelope envelope) {
        if (envelope.message != StopSignal.INSTANCE) {
            registry.deadLetter(ref, envelope.message, DeadLetter.Reason.REFUSED);
        }
    }

    /**
     * Queues a timer's message from the scheduler's thread: never waits for room (a timer must not
     * hold up the scheduler; a timer has at most one message queued, see {@link Timers}), captures
     * no context (the timer captured it when started), and is silently refused once the actor
     * stopped (its timers end then anyway).
     *
     * @return whether the message was queued
     */
    final boolean deliverTimer(TimerMessage message, Object context) {
        Envelope envelope = Envelope.tell(message);
        envelope.context = context;
        int reserved = reserveStackForTheSend(false);
        if (mailbox.offer(envelope) != Mailbox.Offer.ACCEPTED) {
            return false;
        }
        loop.signal(reserved);
        return true;
    }

    /** Sends a message whose reply goes to the returned future; never throws for a dead actor. */
    @SuppressWarnings("unchecked")
    final <R> ThreadingFuture<R> ask(Object message) {
        ThreadingFuture<Object> reply = new ThreadingFuture<>(this);
        try {
            send(Envelope.ask(message, reply));
        } catch (ActorDeadException dead) {
            reply.fail(dead);
        }
        return (ThreadingFuture<R>) reply;
    }

    /**
     * A sender's stack may run out anywhere in a send (a {@link StackOverflowError} in a deep
     * recursion that sends). Before the mailbox's tail CAS that leaves no trace; after it, the
     * wake-up (unpark, thread start) must not fail, or the message would wait with nobody to take
     * it. So when the wake-up may be needed (the actor looks idle), or a bounded mailbox's permit is
     * about to be taken, make sure first that the stack has room for all of it (see
     * {@link StackHeadroom}). A busy actor needs no wake-up: its thread re-checks the mailbox
     * before it goes idle, so the send costs nothing more.
     */
    private int reserveStackForTheSend(boolean holdsPermit) {
        int frames = loop.wakeUpHeadroom();
        if (holdsPermit && frames < StackHeadroom.UNPARK) {
            frames = StackHeadroom.UNPARK;
        }
        if (frames > 0) {
            StackHeadroom.ensure(frames);
        }
        return frames;
    }

    /** Queues a stop; the future is {@code true} once stopped, {@code false} if it was not alive. */
    @SuppressWarnings("unchecked")
    final ThreadingFuture<Boolean> requestStop() {
        ThreadingFuture<Object> reply = new ThreadingFuture<>(this);
        int reserved = reserveStackForTheSend(false);
        if (mailbox.offer(Envelope.ask(StopSignal.INSTANCE, reply)) == Mailbox.Offer.ACCEPTED) {
            loop.signal(reserved);
            // After the enqueue, so that a backoff it ends finds the stop queued (a restart that
            // fails then answers it). Volatile write, then the loop reads its backoff flag (see
            // Supervisor.waitOutBackoff): one of the two sees the other, so a backoff never sleeps
            // on while a stop waits behind it. (Should the sender's stack run out in the unpark,
            // the backoff still ends by itself: slower, never wedged.)
            stopRequested = true;
            loop.stopRequested();
        } else {
            reply.succeed(Boolean.FALSE);
        }
        return (ThreadingFuture<Boolean>) (ThreadingFuture<?>) reply;
    }

    /** Unregisters, marks stopped and refuses further messages (Pykka's order). Called once, by the loop. */
    final void shutDown(Throwable cause) {
        failure = cause;
        registry.unregister(ref);
        lifecycle = STOPPED;
        mailbox.close();
    }

    final boolean isStopRequested() {
        return stopRequested;
    }

    final int restartCount() {
        return loop.restartCount();
    }

    /** The actor whose identity this instance holds or joined (see {@link #home}). */
    final Actor home() {
        return home;
    }

    final boolean isHandledByCurrentThread() {
        return loop.isRunningOnCurrentThread();
    }

    final boolean isAlive() {
        return lifecycle == ALIVE;
    }

    final boolean isStopped() {
        return lifecycle == STOPPED;
    }

    final ActorRegistry registry() {
        return registry;
    }

    final ActorState state() {
        return switch ((int) LIFECYCLE.getVolatile(this)) {
            case NEW -> ActorState.NEW;
            case ALIVE -> loop.state();
            default -> ActorState.STOPPED;
        };
    }

    final long processedCount() {
        return loop.processedCount();
    }

    final long failedCount() {
        return loop.failedCount();
    }

    final Optional<Instant> startedAt() {
        long millis = startedAtMillis;
        return millis == 0L ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    final Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    final List<StackTraceElement> stackTrace() {
        Thread current = loop.thread;
        return current == null || !isAlive() ? List.of() : List.of(current.getStackTrace());
    }

    /** A version-4 UUID URN from a fast, uncontended source (identity, not secrecy). */
    private static String randomUrn() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return "urn:uuid:" + new UUID(high, low);
    }
}
