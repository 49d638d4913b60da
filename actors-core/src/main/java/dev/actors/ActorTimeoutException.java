package dev.actors;

/**
 * Thrown when a bounded wait runs out: {@link ActorFuture#get(java.time.Duration)}, a blocking
 * {@link ActorRef#stop(java.time.Duration)}, {@link ActorRegistry#stopAll(java.time.Duration)}
 * or a blocking typed-proxy call.
 *
 * <p>Pykka: {@code pykka.Timeout}.
 */
public class ActorTimeoutException extends RuntimeException {

    /**
     * Creates the exception.
     *
     * @param message what timed out and after how long
     */
    public ActorTimeoutException(String message) {
        super(message);
    }
}
