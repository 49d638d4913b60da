package dev.actors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
    private static final VarHandle NOT_HANDLED;
    private static final VarHandle FAILED;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            LIFECYCLE = lookup.findVarHandle(Actor.class, "lifecycle", int.class);
            NOT_HANDLED = lookup.findVarHandle(Actor.class, "notHandled", long.class);
            FAILED = lookup.findVarHandle(Actor.class, "failed", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String urn = randomUrn();
    private final ActorRef<Actor> ref = new ActorRef<>(this);
    final Mailbox mailbox = new Mailbox();
    @SuppressWarnings("unused") // accessed through LIFECYCLE
    private volatile int lifecycle;
    private volatile ActorRegistry registry;
    /** The thread handling this actor now; a VirtualThreadActor has none while idle. */
    volatile Thread thread;
    /**
     * Envelopes taken but not handled as messages (stop requests, leftovers answered at stop):
     * the processed count is the mailbox's taken count minus these, so that handling a message
     * writes no counter. Written only by the actor's thread (opaque), read by monitors.
     */
    private long notHandled;
    /** Written only by the actor's thread (opaque), read by monitors. */
    private long failed;
    private volatile long startedAtMillis;
    private volatile Throwable failure;

    /** Package-private: actors extend {@link ThreadingActor} or {@link VirtualThreadActor}. */
    Actor() {
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
        send(Envelope.tell(StopSignal.INSTANCE));
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

    /** Starts the actor's thread (or schedules its first run); called once by {@link #startIn}. */
    abstract void launch();

    /** A message was accepted: make sure a consumer will see it (hot path). */
    abstract void signal();

    /**
     * The {@link StackHeadroom} a send needs now for waking the actor: 0 while it is busy (a hint,
     * read before the send: the actor may go idle or wake up meanwhile). Hot path: one volatile read.
     */
    abstract int wakeUpHeadroom();

    /** {@link ActorState#IDLE} or {@link ActorState#RUNNING}, for a live actor. */
    abstract ActorState activity();

    static String displayName(Class<?> type) {
        String simple = type.getSimpleName();
        return simple.isEmpty() ? type.getName() : simple;
    }

    final void startIn(ActorRegistry owner) {
        int capacity = mailboxCapacity();
        if (capacity <= 0) {
            throw new IllegalArgumentException(label() + ": mailboxCapacity() must be at least 1, got " + capacity);
        }
        if (!LIFECYCLE.compareAndSet(this, NEW, ALIVE)) {
            throw new IllegalStateException(label() + " was already started: an actor instance can be started once. "
                    + "Create a new instance to start another actor");
        }
        registry = owner;
        startedAtMillis = System.currentTimeMillis();
        mailbox.open(capacity);
        owner.register(ref);
        SafeLog.log(log, Level.DEBUG, "Starting {}", label());
        try {
            launch();
        } catch (RuntimeException | Error cannotStart) {
            shutDown(cannotStart);
            NOT_HANDLED.setOpaque(this, notHandled + mailbox.answerLeftovers(this)); // no ask may hang
            throw cannotStart;
        }
    }

    /** Sends an envelope. Throws {@link ActorDeadException} if the actor does not take messages. */
    final void send(Envelope envelope) {
        boolean stop = envelope.message == StopSignal.INSTANCE;
        ActorRegistry owner = registry; // null until started: the offer below is refused then
        MessageHook hook = owner == null || stop ? null : owner.messageHook();
        if (hook != null) {
            MessageHooks.capture(hook, this, envelope);
        }
        reserveStackForTheSend(!stop && mailbox.isBounded());
        if (!stop) {
            mailbox.acquireRoom(envelope, this);
        }
        Mailbox.Offer offer = mailbox.offer(envelope);
        if (offer != Mailbox.Offer.ACCEPTED) {
            mailbox.giveBackRoom(envelope);
            throw offer == Mailbox.Offer.NOT_STARTED
                    ? new ActorDeadException(label() + " is not started: start it with Actor.start(actor) or "
                            + "registry.start(actor) before sending it messages")
                    : new ActorDeadException(label() + " not found");
        }
        signal();
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
    private void reserveStackForTheSend(boolean holdsPermit) {
        int frames = wakeUpHeadroom();
        if (holdsPermit && frames < StackHeadroom.UNPARK) {
            frames = StackHeadroom.UNPARK;
        }
        if (frames > 0) {
            StackHeadroom.ensure(frames);
        }
    }

    /** Queues a stop; the future is {@code true} once stopped, {@code false} if it was not alive. */
    @SuppressWarnings("unchecked")
    final ThreadingFuture<Boolean> requestStop() {
        ThreadingFuture<Object> reply = new ThreadingFuture<>(this);
        reserveStackForTheSend(false);
        if (mailbox.offer(Envelope.ask(StopSignal.INSTANCE, reply)) == Mailbox.Offer.ACCEPTED) {
            signal();
        } else {
            reply.succeed(Boolean.FALSE);
        }
        return (ThreadingFuture<Boolean>) (ThreadingFuture<?>) reply;
    }

    /** Runs {@link #onStart()} in the actor's thread; {@code false} if the actor then stopped. */
    final boolean runOnStart() {
        try {
            onStart();
            Thread.interrupted(); // an interrupt left by onStart must not hit the first message (as between messages)
            return true;
        } catch (Throwable startFailure) {
            SafeLog.log(log, Level.ERROR, "Unhandled exception in {}:", label(), startFailure);
            stopOnFailure(startFailure, false);
            return false;
        }
    }

    /**
     * Handles one envelope in the actor's thread, applying the failure rules.
     *
     * @return {@code false} once the actor has stopped
     */
    final boolean handle(Envelope envelope) {
        Object message = envelope.message;
        ThreadingFuture<Object> reply = envelope.reply;
        if (message == StopSignal.INSTANCE) {
            NOT_HANDLED.setOpaque(this, notHandled + 1);
            stopNormally(reply);
            return false;
        }
        MessageHook hook = registry.messageHook();
        MessageHook.Scope scope = hook == null ? null : MessageHooks.restore(hook, this, envelope);
        try {
            Object result = message instanceof ActorCommand command ? command.applyTo(this) : onReceive(message);
            if (scope != null) {
                MessageHooks.close(scope, this, null);
            }
            if (reply != null) {
                reply.succeed(result);
            }
            return true;
        } catch (Throwable handlerFailure) {
            FAILED.setOpaque(this, failed + 1);
            if (scope != null) {
                MessageHooks.close(scope, this, handlerFailure);
            }
            return survives(handlerFailure, message, reply, envelope.warnOnFailure);
        }
    }

    private boolean survives(Throwable handlerFailure, Object message, ThreadingFuture<Object> reply, boolean warnOnFailure) {
        if (isFatal(handlerFailure)) {
            VirtualMachineError fatal = (VirtualMachineError) handlerFailure;
            if (reply != null) {
                reply.fail(fatal);
            }
            SafeLog.log(log, Level.ERROR, "Fatal error in {}: stopping every actor of its registry", label(), fatal);
            stopOnFailure(fatal, true);
            return false;
        }
        if (reply != null) {
            SafeLog.log(log, Level.DEBUG, "Exception returned from {} to caller:", label(), handlerFailure);
            reply.fail(handlerFailure);
            return true;
        }
        if (warnOnFailure) {
            SafeLog.log(log, Level.WARN, "Exception in {} from {}, a call whose result nobody waits for:", label(), message,
                    handlerFailure);
            return true;
        }
        SafeLog.log(log, Level.ERROR, "Unhandled exception in {}:", label(), handlerFailure);
        stopOnFailure(handlerFailure, true);
        return false;
    }

    private void stopNormally(ThreadingFuture<Object> stopReply) {
        shutDown(null);
        SafeLog.log(log, Level.DEBUG, "Stopped {}", label());
        try {
            onStop();
        } catch (Throwable stopFailure) {
            SafeLog.log(log, Level.ERROR, "Unhandled exception in {}:", label(), stopFailure);
        }
        finish(stopReply);
    }

    private void stopOnFailure(Throwable cause, boolean runOnFailure) {
        shutDown(cause);
        if (runOnFailure) {
            try {
                onFailure(cause);
            } catch (Throwable hookFailure) {
                SafeLog.log(log, Level.ERROR, "Unhandled exception in {}:", label(), hookFailure);
            }
        }
        finish(null);
        if (isFatal(cause)) {
            // The failed handler may have interrupted its own thread: stopAll waits for each actor
            // in turn, and a leftover interrupt would end it after the first. Clear it while the
            // others are stopped and put it back after, for whatever runs on this thread next.
            boolean interrupted = Thread.interrupted();
            try {
                registry.stopAll();
            } catch (RuntimeException stopAllFailure) {
                SafeLog.log(log, Level.ERROR, "Stopping the other actors after the fatal error in {} failed", label(),
                        stopAllFailure);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * A {@link VirtualMachineError} stops every actor of the registry; a
     * {@link StackOverflowError} does not: it is Python's {@code RecursionError}, an ordinary
     * exception in Pykka, and the thread recovers from it once the stack unwinds.
     */
    private static boolean isFatal(Throwable failure) {
        return failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError);
    }

    /** Unregisters, marks stopped and refuses further messages (Pykka's order). */
    private void shutDown(Throwable cause) {
        failure = cause;
        registry.unregister(ref);
        lifecycle = STOPPED;
        mailbox.close();
    }

    /** Answers what is still queued, then reports the stop. */
    private void finish(ThreadingFuture<Object> stopReply) {
        NOT_HANDLED.setOpaque(this, notHandled + mailbox.answerLeftovers(this));
        if (stopReply != null) {
            stopReply.succeed(Boolean.TRUE);
        }
        registry.notifyStopped(ref, Optional.ofNullable(failure));
    }

    final boolean isHandledByCurrentThread() {
        return thread == Thread.currentThread();
    }

    /** The error for a blocking wait, in this actor's own handler, on a reply only it can produce. */
    final IllegalStateException selfWaitDeadlock() {
        return new IllegalStateException(label() + " is waiting, inside its own handler, for a reply that only " + label()
                + " itself can produce: it would deadlock. Do not block on asks or proxy calls to yourself: call the "
                + "method directly, or use tell, or chain with map()/toCompletableFuture()");
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
            case ALIVE -> activity();
            default -> ActorState.STOPPED;
        };
    }

    final long processedCount() {
        return Math.max(0L, mailbox.taken() - (long) NOT_HANDLED.getOpaque(this));
    }

    final long failedCount() {
        return (long) FAILED.getOpaque(this);
    }

    final Optional<Instant> startedAt() {
        long millis = startedAtMillis;
        return millis == 0L ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    final Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    final List<StackTraceElement> stackTrace() {
        Thread current = thread;
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
