package dev.actors;

/**
 * Thrown when a message is sent to an actor that is not running (never started, or
 * stopped), and used to fail the futures of messages that such an actor will never handle.
 *
 * <p>Pykka: {@code pykka.ActorDeadError}. The messages keep Pykka's texts:
 * {@code "SimpleClassName (urn:uuid:...) not found"} when the actor is already dead, and
 * {@code "SimpleClassName (urn:uuid:...) stopped before handling the message"} for messages
 * still queued when it stopped.
 */
public class ActorDeadException extends RuntimeException {

    /**
     * Creates the exception.
     *
     * @param message what happened, naming the actor
     */
    public ActorDeadException(String message) {
        super(message);
    }
}
