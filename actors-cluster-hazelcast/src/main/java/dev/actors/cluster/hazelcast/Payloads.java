package dev.actors.cluster.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.internal.serialization.Data;
import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.spi.impl.SerializationServiceSupport;
import com.hazelcast.internal.serialization.impl.AbstractSerializationService;
import com.hazelcast.internal.serialization.impl.HeapData;
import com.hazelcast.internal.serialization.impl.compact.CompactStreamSerializer;
import com.hazelcast.internal.serialization.impl.compact.CompactUtil;
import com.hazelcast.nio.serialization.HazelcastSerializationException;
import java.lang.reflect.Modifier;
import java.util.function.Supplier;

/**
 * Turns keys, messages, arguments and replies into bytes for another member with the member's
 * own Hazelcast serialization (Java {@link java.io.Serializable}, Compact, DataSerializable...),
 * in the sender's thread, so that what cannot travel fails at the send with a message naming its
 * type. Hazelcast has no public entry point to its serialization on a member: the
 * {@code SerializationServiceSupport} interface every member instance implements is the one
 * internal type relied on here.
 *
 * <p>The local-owner path passes messages as they are (never copied, as locally); it checks the
 * first message of each class by serializing it, so that a class that could never travel fails
 * there too, whichever member owns the key.
 */
final class Payloads {

    /** What is being serialized, for the error message. */
    enum Role {
        KEY("key"),
        MESSAGE("message"),
        ARGUMENT("argument"),
        REPLY("reply");

        private final String noun;

        Role(String noun) {
            this.noun = noun;
        }
    }

    private final InternalSerializationService serialization;
    /** Classes whose first instance serialized: the local path checks no further instance of them. */
    private final ClassValue<boolean[]> checkedOnce = new ClassValue<>() {
        @Override
        protected boolean[] computeValue(Class<?> type) {
            return new boolean[1];
        }
    };

    Payloads(HazelcastInstance hazelcast) {
        this.serialization = (InternalSerializationService) ((SerializationServiceSupport) requireMember(hazelcast))
                .getSerializationService();
    }

    /** {@code hazelcast}, if it is an embedded member (a client cannot own partitions, so neither entities). */
    static HazelcastInstance requireMember(HazelcastInstance hazelcast) {
        if (!(hazelcast instanceof SerializationServiceSupport) || hazelcast.getClass().getName().contains(".client.")) {
            throw new IllegalArgumentException("EntityCluster needs an embedded Hazelcast member, got a "
                    + hazelcast.getClass().getName() + ": a Hazelcast client owns no partitions, so it cannot run entities. "
                    + "Start a member (Hazelcast.newHazelcastInstance, or Spring Boot's hazelcast.yaml) instead of a client");
        }
        return hazelcast;
    }

    /**
     * The serialized form of {@code value}.
     *
     * @param target names the entity (and the call) for the error, built only on failure
     * @throws EntityNotSerializableException if it is a lambda or cannot be serialized
     */
    Data toData(Object value, Role role, Supplier<String> target) {
        refuseLambda(value, role, target);
        try {
            return serialization.toData(value);
        } catch (HazelcastInstanceNotActiveException stopped) {
            throw new IllegalStateException("Cannot send " + target.get() + ": this member's Hazelcast instance is not "
                    + "running any more", stopped);
        } catch (RuntimeException | StackOverflowError failure) {
            throw notSerializable(value, role, target, failure);
        }
    }

    /** {@link #toData} as bytes for the wire; {@code null} (an argument or reply) stays {@code null}. */
    byte[] toBytes(Object value, Role role, Supplier<String> target) {
        return value == null ? null : toData(value, role, target).toByteArray();
    }

    /** Reads what {@link #toBytes} wrote; {@code null} stays {@code null}. */
    <T> T fromBytes(byte[] bytes) {
        return bytes == null ? null : serialization.toObject(new HeapData(bytes));
    }

    /**
     * The local path's check: refuses lambdas, and serializes the first instance of each class
     * (a later one is trusted, so this costs nothing per message once a class is known).
     */
    void checkLocal(Object value, Role role, Supplier<String> target) {
        boolean[] checked = checkedOnce.get(value.getClass());
        if (!checked[0]) { // a benign race: two threads may both check the first instances
            toData(value, role, target);
            checked[0] = true;
        }
    }

    /**
     * Refuses a key type whose instances can never be serialized, as far as the type alone tells:
     * a final class (a record included) that no serializer of this member takes but Hazelcast's
     * zero-config Compact serialization, and that one refuses (a JDK class, for instance). A type
     * that may have serializable instances (an interface, a non-final class: a subclass may be) or
     * may be serializable (zero-config Compact takes a plain class or record of supported fields)
     * passes: its first send checks the instance.
     *
     * @param type the key type
     * @param label the entity kind, for the message
     * @throws EntityNotSerializableException if no instance of {@code type} could travel
     */
    void requireSerializableKeyType(Class<?> type, String label) {
        if (type.isPrimitive() || type.isInterface() || !Modifier.isFinal(type.getModifiers())
                || !(serialization instanceof AbstractSerializationService service)) {
            return;
        }
        if (service.serializerForClass(type, false).getImpl() instanceof CompactStreamSerializer compact
                && !compact.isRegisteredAsCompact(type)) { // only zero-config Compact would take it
            try {
                CompactUtil.verifyClassIsCompactSerializable(type);
            } catch (HazelcastSerializationException refused) {
                throw new EntityNotSerializableException("The keys of the clustered " + label + " entities are of type "
                        + type.getName() + ", which cannot be serialized: it is not java.io.Serializable, no serializer "
                        + "of this member takes it, and Hazelcast's zero-config Compact serialization refuses it ("
                        + refused.getMessage() + "). Use a key type that can travel to another member (a String, a "
                        + "number, a UUID, or a record of those), or register a Hazelcast serializer for it", refused);
            }
        }
    }

    /** Whether {@code type} is a lambda's (or another hidden or synthetic class's): those stay local. */
    static boolean isLambda(Class<?> type) {
        return type.isHidden() || type.isSynthetic();
    }

    private static void refuseLambda(Object value, Role role, Supplier<String> target) {
        if (value != null && isLambda(value.getClass())) {
            throw new EntityNotSerializableException("Cannot send a lambda (" + value.getClass().getName() + ") as the "
                    + role.noun + " of " + target.get() + ": lambdas stay local-only (ActorProxy.call, run and defer work on "
                    + "local actors). Send a message (a record) or call a typed interface proxy (ref.proxy(Api.class)) "
                    + "instead", null);
        }
    }

    private static EntityNotSerializableException notSerializable(Object value, Role role, Supplier<String> target,
            Throwable failure) {
        return new EntityNotSerializableException("Cannot send " + target.get() + " across the cluster: its " + role.noun
                + ", a " + value.getClass().getName() + ", cannot be serialized (" + failure.getMessage() + "). Make it a "
                + "record or class implementing java.io.Serializable (and its fields too), or register a Hazelcast Compact "
                + "serializer for it", failure);
    }
}
