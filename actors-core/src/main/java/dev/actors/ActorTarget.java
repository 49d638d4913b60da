package dev.actors;

import java.util.Objects;

/**
 * The {@link ProxyTarget} of {@link ActorRef#proxy(Class)}: every call goes straight to the one
 * actor, as before targets existed (same sends, same checks). Equal by the actor's URN, as refs.
 */
final class ActorTarget implements ProxyTarget {

    private final Actor actor;

    ActorTarget(Actor actor) {
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    @Override
    public void sendCall(MethodCall call) {
        actor.send(Envelope.fireAndForget(call));
    }

    @Override
    public ThreadingFuture<Object> askCall(MethodCall call) {
        return actor.ask(call);
    }

    @Override
    public Actor answerer() {
        return actor;
    }

    @Override
    public ActorRegistry registry() {
        ActorRegistry registry = actor.registry();
        return registry != null ? registry : ActorRegistry.getDefault();
    }

    @Override
    public String label() {
        return actor.label();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActorTarget that && actor.actorUrn().equals(that.actor.actorUrn());
    }

    @Override
    public int hashCode() {
        return actor.actorUrn().hashCode();
    }

    @Override
    public String toString() {
        return label();
    }
}
