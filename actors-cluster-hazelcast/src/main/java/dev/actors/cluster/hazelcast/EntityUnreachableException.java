package dev.actors.cluster.hazelcast;

/**
 * A message to a clustered entity that could not be handed to the member owning its key, or
 * whose reply cannot come: the owner left the cluster (crashed or was shut down) while the
 * message was in flight, no member could take the key before the ask timeout, or the owner has
 * no such entities. The message may or may not have been handled when the owner left (a remote
 * send is at-most-once); the next message to the key starts the entity on the new owner. Pekko:
 * an ask that times out because its shard is unavailable.
 */
public class EntityUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Makes one with a complete message.
     *
     * @param message which entity, which member, what happened and what to do
     */
    public EntityUnreachableException(String message) {
        super(message);
    }

    /**
     * Makes one with a complete message and a cause.
     *
     * @param message which entity, which member, what happened and what to do
     * @param cause what Hazelcast reported
     */
    public EntityUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
