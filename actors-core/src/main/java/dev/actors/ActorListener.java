package dev.actors;

import java.util.Optional;

/**
 * Observes the actors of an {@link ActorRegistry}: add one with
 * {@link ActorRegistry#addListener(ActorListener)}. Used by monitoring (metrics, health), so
 * that nothing is done on the per-message path. Callbacks must be quick and should not throw:
 * whatever one throws, an {@link Error} included, is logged at WARN and ignored (the start still
 * returns its ref, the stop still completes, the other listeners are still called). They come from different threads, and for an
 * actor that fails at once in {@link Actor#onStart()}, {@code actorStopped} may arrive before
 * {@code actorStarted}.
 *
 * <p>Pykka has no equivalent.
 */
public interface ActorListener {

    /**
     * Called in the starting thread once the actor is registered and its thread launched.
     *
     * @param ref the started actor
     */
    default void actorStarted(ActorRef<?> ref) {
    }

    /**
     * Called in the actor's own thread once it has stopped, after its last future completed.
     *
     * @param ref the stopped actor
     * @param failure the failure it died of, empty when it was stopped normally
     */
    default void actorStopped(ActorRef<?> ref, Optional<Throwable> failure) {
    }

    /**
     * Called in the actor's own thread when its {@link RestartPolicy} restarted it: a new
     * instance from its factory is in place (behind the same ref) and about to run
     * {@link Actor#onStart()}. Pekko: the {@code preRestart}/{@code postRestart} pair, seen from outside.
     *
     * @param ref the restarted actor
     * @param cause the failure that caused the restart (of a handler, an {@code onStart()} or the factory)
     */
    default void restarted(ActorRef<?> ref, Throwable cause) {
    }
}
