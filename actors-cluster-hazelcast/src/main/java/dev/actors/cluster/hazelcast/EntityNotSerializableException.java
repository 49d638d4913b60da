package dev.actors.cluster.hazelcast;

/**
 * A key, message, interface-call argument or reply of a clustered entity that cannot travel to
 * another member: it is not serializable (neither Java {@link java.io.Serializable} nor a type
 * Hazelcast can serialize, e.g. with a Compact serializer), or it is a lambda. Thrown at the send,
 * in the sender's thread, never on the remote side; a reply that cannot be serialized fails the
 * asker's future with it. The message names the type and what to do. Pekko: a serialization
 * failure of a remote message ({@code NotSerializableException} in the sender's log).
 */
public class EntityNotSerializableException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Makes one with a complete message.
     *
     * @param message what could not be serialized, its type and what to do
     * @param cause the serializer's failure, or {@code null}
     */
    public EntityNotSerializableException(String message, Throwable cause) {
        super(message, cause);
    }
}
