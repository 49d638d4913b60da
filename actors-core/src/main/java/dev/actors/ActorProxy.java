package dev.actors;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Calls an actor's methods with lambdas: each call is a message, run in the actor's thread in
 * mailbox order with all other messages. Pykka: {@code pykka.ActorProxy} (attribute paths
 * become lambdas; {@code CallableProxy.defer} becomes {@link #defer}).
 *
 * @param <A> the actor's class
 */
public final class ActorProxy<A extends Actor> {

    private final ActorRef<A> ref;

    ActorProxy(ActorRef<A> ref) {
        this.ref = ref;
    }

    /**
     * The proxied actor's ref, available even after it stopped. Pykka: {@code actor_ref}.
     *
     * @return the ref
     */
    public ActorRef<A> actorRef() {
        return ref;
    }

    /**
     * Applies {@code fn} to the actor in its thread (ask semantics: a failure goes to the
     * future and the actor lives on). A returned future is not flattened (as in Pykka).
     *
     * @param fn what to do with the actor
     * @param <R> the result type
     * @return a future of {@code fn}'s result; failed with {@link ActorDeadException} if the actor is dead
     */
    @SuppressWarnings("unchecked")
    public <R> ActorFuture<R> call(Function<? super A, ? extends R> fn) {
        Objects.requireNonNull(fn, "fn");
        return ref.actor().ask(new FunctionCall((Function<Object, Object>) fn));
    }

    /**
     * Runs {@code fn} on the actor in its thread (ask semantics, no value).
     *
     * @param fn what to do with the actor
     * @return a future completed when done; failed with {@link ActorDeadException} if the actor is dead
     */
    public ActorFuture<Void> run(Consumer<? super A> fn) {
        Objects.requireNonNull(fn, "fn");
        return call(actor -> {
            fn.accept(actor);
            return null;
        });
    }

    /**
     * Runs {@code fn} on the actor in its thread without a future (tell semantics: a failure
     * runs {@link Actor#onFailure} and stops the actor). Pykka: {@code proxy.method.defer()}.
     *
     * @param fn what to do with the actor
     * @throws ActorDeadException if the actor is dead
     */
    @SuppressWarnings("unchecked")
    public void defer(Consumer<? super A> fn) {
        Objects.requireNonNull(fn, "fn");
        Consumer<Object> action = (Consumer<Object>) fn;
        ref.actor().send(Envelope.tell(new FunctionCall(actor -> {
            action.accept(actor);
            return null;
        })));
    }

    /**
     * Equal when both proxy the same actor.
     *
     * @param other the other object
     * @return whether it proxies the same actor
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ActorProxy<?> that && ref.equals(that.ref);
    }

    @Override
    public int hashCode() {
        return ref.hashCode();
    }

    /**
     * {@code ActorProxy for SimpleClassName (urn:uuid:...)}, without calling the actor's
     * {@code toString()}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "ActorProxy for " + ref.actor().label();
    }
}
