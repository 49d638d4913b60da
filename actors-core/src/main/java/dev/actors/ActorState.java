package dev.actors;

/**
 * Where an actor is in its life, as reported by {@link ActorRef#state()} (for monitoring;
 * Pykka only has {@code is_alive()}).
 */
public enum ActorState {
    /** Constructed, not yet started. */
    NEW,
    /** Started and waiting for messages; a {@link VirtualThreadActor} holds no thread now. */
    IDLE,
    /** Started and busy with a message (or about to look for the next one). */
    RUNNING,
    /**
     * Waiting out a {@link RestartPolicy} backoff after a failure: alive (messages are accepted and
     * wait), its next instance not built yet.
     */
    RESTARTING,
    /** Stopped, normally or because of a failure; it will never run again. */
    STOPPED
}
