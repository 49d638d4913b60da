package dev.actors;

/**
 * A test actor whose hooks run a {@link Script} and record {@link ActorEvents}; implemented once per
 * {@link ActorRuntime} (like Pykka's {@code class XImpl(X, runtime.actor_class)}).
 */
interface ScriptedActor {

    /** The latches this actor's hooks release. */
    ActorEvents events();

    /** {@link Actor#stop()}: asks itself to stop, without blocking. */
    void stopSelf();

    /** {@link Actor#actorRef()}. */
    ActorRef<Actor> self();

    /** The inherited {@link Actor#onReceive(Object)}: logs "Unexpected message" and returns {@code null}. */
    Object unhandled(Object message);
}
