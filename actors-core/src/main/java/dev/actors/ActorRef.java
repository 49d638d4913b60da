package dev.actors;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A handle to an actor: the only way to talk to it. Safe to share between threads; equal by
 * URN. Pykka: {@code pykka.ActorRef}.
 *
 * @param <A> the actor's class
 */
public final class ActorRef<A extends Actor> {

    private final Actor actor;

    ActorRef(Actor actor) {
        this.actor = actor;
    }

    /**
     * The actor's class. Pykka: {@code actor_class}.
     *
     * @return the class
     */
    @SuppressWarnings("unchecked")
    public Class<A> actorClass() {
        return (Class<A>) actor.getClass();
    }

    /**
     * The actor's URN. Pykka: {@code actor_urn}.
     *
     * @return {@code urn:uuid:...}
     */
    public String actorUrn() {
        return actor.actorUrn();
    }

    /**
     * Whether the actor is started and not yet stopped (a flag, as in Pykka: it does not prove
     * the actor is responsive). Pykka: {@code is_alive()}.
     *
     * @return {@code false} before start and after stop
     */
    public boolean isAlive() {
        return actor.isAlive();
    }

    /**
     * Sends a message without waiting for it to be handled. A failure while handling it stops
     * the actor (see {@link Actor}). Pykka: {@code tell(message)}.
     *
     * @param message any object, passed as it is (never copied)
     * @throws NullPointerException if {@code message} is {@code null}
     * @throws ActorDeadException if the actor is not running ({@code "... not found"})
     */
    public void tell(Object message) {
        actor.send(Envelope.tell(requireMessage(message)));
    }

    /**
     * Sends a message and returns a future of the handler's return value. Never throws for a
     * dead actor: the future fails with {@link ActorDeadException} instead.
     * Pykka: {@code ask(message, block=False)}.
     *
     * @param message any object, passed as it is (never copied)
     * @param <R> the reply's type
     * @return a {@link ThreadingFuture} of the reply
     * @throws NullPointerException if {@code message} is {@code null}
     */
    public <R> ActorFuture<R> ask(Object message) {
        return actor.ask(requireMessage(message));
    }

    /**
     * Stops the actor and waits for it, without a time limit: messages sent before are handled
     * first, then {@link Actor#onStop()} runs. Pykka: {@code stop()}.
     *
     * @return {@code true} if it was alive or stopping, {@code false} if it was already dead
     * @throws IllegalStateException if called from the actor's own handler (it would deadlock);
     *     the stop stays queued, so the actor stops after the current message, as in Pykka
     */
    public boolean stop() {
        return stopAsync().get();
    }

    /**
     * Stops the actor and waits at most {@code timeout}. Pykka: {@code stop(timeout=...)}.
     *
     * @param timeout how long to wait; {@code null} waits forever
     * @return {@code true} if it was alive or stopping, {@code false} if it was already dead
     * @throws ActorTimeoutException if it has not stopped in time (the stop stays queued)
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    public boolean stop(Duration timeout) {
        Timeouts.toNanos(timeout, "ActorRef.stop");
        try {
            return stopAsync().get(timeout);
        } catch (ActorTimeoutException slow) {
            throw new ActorTimeoutException(actor.label() + " did not stop within " + timeout);
        }
    }

    /**
     * Asks the actor to stop, without waiting. Pykka: {@code stop(block=False)}.
     *
     * @return a future of what {@link #stop()} would return
     */
    public ActorFuture<Boolean> stopAsync() {
        return actor.requestStop();
    }

    /**
     * An {@link ActorProxy} for calling the actor with lambdas. Pykka: {@code proxy()}.
     *
     * @return the proxy
     * @throws ActorDeadException if the actor has stopped
     */
    public ActorProxy<A> proxy() {
        requireNotStopped();
        return new ActorProxy<>(this);
    }

    /**
     * A typed proxy implementing {@code api} by calls to the actor's public methods of the same
     * name and parameter types. See the API contract for the dispatch rules (by return type).
     * Pykka: {@code proxy()} with a typed proxy class.
     *
     * @param api an interface, possibly non-public
     * @param <I> the interface
     * @return the proxy
     * @throws IllegalArgumentException if {@code api} is not an interface, or names methods the
     *     actor class lacks (each is listed)
     * @throws ActorDeadException if the actor has stopped
     */
    public <I> I proxy(Class<I> api) {
        Objects.requireNonNull(api, "api");
        requireNotStopped();
        return TypedProxy.create(this, api);
    }

    /**
     * The number of messages waiting in the mailbox, not counting the one being handled.
     *
     * @return the mailbox size at this moment
     */
    public int mailboxSize() {
        return actor.mailbox.size();
    }

    /**
     * How many times the actor's {@link RestartPolicy} has restarted it so far (0 without restarts).
     * Pekko: none (a supervisor's own count).
     *
     * @return the restarts so far
     */
    public int restartCount() {
        return actor.restartCount();
    }

    /**
     * Where the actor is in its life (for monitoring).
     *
     * @return the state at this moment
     */
    public ActorState state() {
        return actor.state();
    }

    /**
     * Messages handled so far, successfully or not (for monitoring).
     *
     * @return the count
     */
    public long processedCount() {
        return actor.processedCount();
    }

    /**
     * Messages whose handling threw (for monitoring).
     *
     * @return the count
     */
    public long failedCount() {
        return actor.failedCount();
    }

    /**
     * When the actor was started.
     *
     * @return the start time, empty if not started
     */
    public Optional<Instant> startedAt() {
        return actor.startedAt();
    }

    /**
     * The failure the actor died of.
     *
     * @return the failure, empty while alive or when it was stopped normally
     */
    public Optional<Throwable> failure() {
        return actor.failure();
    }

    /**
     * The current frames of the thread handling the actor, the Java form of Pykka's
     * {@code log_thread_tracebacks} for one actor.
     *
     * @return the frames, empty when the actor holds no thread
     */
    public List<StackTraceElement> stackTrace() {
        return actor.stackTrace();
    }

    /**
     * Equal when both refer to the same actor (same URN).
     *
     * @param other the other object
     * @return whether it is a ref to the same actor
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ActorRef<?> that && actor.actorUrn().equals(that.actorUrn());
    }

    @Override
    public int hashCode() {
        return actor.actorUrn().hashCode();
    }

    /**
     * {@code SimpleClassName (urn:uuid:...)}, as the actor's.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return actor.toString();
    }

    Actor actor() {
        return actor;
    }

    private void requireNotStopped() {
        if (actor.isStopped()) {
            throw new ActorDeadException(actor.label() + " not found");
        }
    }

    private static Object requireMessage(Object message) {
        return Objects.requireNonNull(message, "message must not be null: send an object (a record or enum is typical)");
    }
}
