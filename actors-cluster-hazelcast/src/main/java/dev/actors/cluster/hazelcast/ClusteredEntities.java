package dev.actors.cluster.hazelcast;

import dev.actors.Actor;
import dev.actors.ActorExecutionException;
import dev.actors.ActorFuture;
import dev.actors.ActorRef;
import dev.actors.EntityRef;
import dev.actors.EntitySettings;
import dev.actors.Entities;
import com.hazelcast.internal.serialization.Data;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The cluster-wide {@link Entities} of one kind: each message goes to the member owning its key's
 * partition. When that is this member (it holds the partition's lease, and none of its own
 * remote messages to the partition is still on the way) the message goes straight to the local
 * {@code Entities}, as it is; otherwise it is serialized here, in the sender's thread, and queued
 * in the partition's {@link Outbox}. See {@link EntityCluster} for the guarantees.
 *
 * @param <K> the key type
 * @param <A> the entity type
 */
final class ClusteredEntities<K, A extends Actor> implements Entities<K, A> {

    private static final Object[] NO_ARGUMENTS = new Object[0];

    private final EntityCluster cluster;
    private final String kind;
    private final String label;
    private final Entities<K, A> local;

    ClusteredEntities(EntityCluster cluster, String kind, String label, Entities<K, A> local) {
        this.cluster = cluster;
        this.kind = kind;
        this.label = label;
        this.local = local;
    }

    @Override
    public Class<A> entityType() {
        return local.entityType();
    }

    @Override
    public EntitySettings settings() {
        return local.settings();
    }

    @Override
    public EntityRef<K, A> ref(K key) {
        return new ClusteredEntityRef<>(this, requireKey(key));
    }

    @Override
    public void tell(K key, Object message) {
        requireKey(key);
        requireMessage(message);
        cluster.requireRunning(label);
        tell(key, route(key), message);
    }

    @Override
    public <R> ActorFuture<R> ask(K key, Object message) {
        requireKey(key);
        requireMessage(message);
        RuntimeException refusal = cluster.refusal(label);
        return refusal != null ? ActorFuture.failed(refusal) : ask(key, route(key), message);
    }

    /** The entities live on this member now (not cluster-wide). */
    @Override
    public int liveCount() {
        return local.liveCount();
    }

    /** The keys of the entities live on this member now (not cluster-wide). */
    @Override
    public Set<K> liveKeys() {
        return local.liveKeys();
    }

    /** The passivations on this member (not cluster-wide). */
    @Override
    public long passivations() {
        return local.passivations();
    }

    /** The key of an entity live on this member, as the local entities know it. */
    @Override
    public Optional<K> keyOf(ActorRef<?> ref) {
        return local.keyOf(ref);
    }

    @Override
    public String toString() {
        return "clustered " + label + " entities";
    }

    String label() {
        return label;
    }

    Entities<K, A> local() {
        return local;
    }

    /** Throws what a tell through this member must fail with now, if anything. */
    void requireSendable(Object message) {
        requireMessage(message);
        cluster.requireRunning(label);
    }

    /** What an ask through this member must fail with now, or {@code null}. */
    RuntimeException refusal(Object message) {
        requireMessage(message);
        return cluster.refusal(label);
    }

    Route route(K key) {
        Data data = cluster.payloads().toData(key, Payloads.Role.KEY, () -> "a message to the " + label + " entity of key " + key);
        return new Route(data.toByteArray(), cluster.partitions().of(data));
    }

    void tell(K key, Route route, Object message) {
        requireMessage(message);
        cluster.requireRunning(label);
        Supplier<String> target = () -> "a tell to the " + label + " entity of key " + key;
        if (mayGoDirect(key, route)) {
            cluster.payloads().checkLocal(message, Payloads.Role.MESSAGE, target);
            Lease lease = cluster.leases().get(route.partition());
            if (lease.tryEnter()) {
                try {
                    local.tell(key, message);
                    return;
                } finally {
                    lease.exit();
                }
            }
        }
        byte[] bytes = cluster.payloads().toBytes(message, Payloads.Role.MESSAGE, target);
        cluster.outbox(route.partition()).add(RemoteEnvelope.message(RemoteEnvelope.TELL, kind, route.key(), bytes, 0L,
                cluster.deadline(), target.get()));
    }

    <R> ActorFuture<R> ask(K key, Route route, Object message) {
        requireMessage(message);
        RuntimeException refusal = cluster.refusal(label);
        if (refusal != null) {
            return ActorFuture.failed(refusal);
        }
        Supplier<String> target = () -> "an ask of the " + label + " entity of key " + key;
        if (mayGoDirect(key, route)) {
            cluster.payloads().checkLocal(message, Payloads.Role.MESSAGE, target);
            Lease lease = cluster.leases().get(route.partition());
            if (lease.tryEnter()) {
                try {
                    return local.ask(key, message);
                } finally {
                    lease.exit();
                }
            }
        }
        byte[] bytes = cluster.payloads().toBytes(message, Payloads.Role.MESSAGE, target);
        String description = target.get();
        PendingAsks.PendingAsk pending = cluster.pendingAsks().register(description, cluster.askTimeout());
        cluster.outbox(route.partition()).add(RemoteEnvelope.message(RemoteEnvelope.ASK, kind, route.key(), bytes,
                pending.id, cluster.deadline(), description));
        @SuppressWarnings("unchecked")
        ActorFuture<R> reply = (ActorFuture<R>) pending.future;
        return reply;
    }

    /** A typed interface call through a {@link ClusteredProxy}; {@code localProxy} is the local {@code Entities}' proxy. */
    Object call(K key, Supplier<Route> routeOfKey, Object localProxy, Method method, Object[] args) throws Throwable {
        Object[] arguments = args == null ? NO_ARGUMENTS : args;
        RemoteMethod.Kind callKind = RemoteMethod.kindOf(method);
        Supplier<String> target = () -> method.getDeclaringClass().getSimpleName() + "." + method.getName() + " of the "
                + label + " entity of key " + key;
        RuntimeException refusal = cluster.refusal(label);
        if (refusal != null) {
            return switch (callKind) {
                case ACTOR_FUTURE -> ActorFuture.failed(refusal);
                case COMPLETION_STAGE -> ActorFuture.failed(refusal).toCompletableFuture();
                default -> throw refusal;
            };
        }
        Route route = routeOfKey.get();
        if (mayGoDirect(key, route)) {
            for (Object argument : arguments) {
                if (argument != null) {
                    cluster.payloads().checkLocal(argument, Payloads.Role.ARGUMENT, () -> "a call to " + target.get());
                }
            }
            Lease lease = cluster.leases().get(route.partition());
            if (lease.tryEnter()) {
                try {
                    return LocalProxyCall.invoke(localProxy, method, arguments);
                } finally {
                    lease.exit();
                }
            }
        }
        byte[][] bytes = new byte[arguments.length][];
        for (int i = 0; i < arguments.length; i++) {
            bytes[i] = cluster.payloads().toBytes(arguments[i], Payloads.Role.ARGUMENT, () -> "a call to " + target.get());
        }
        String description = target.get();
        if (callKind == RemoteMethod.Kind.VOID) {
            cluster.outbox(route.partition()).add(RemoteEnvelope.call(kind, route.key(), RemoteMethod.of(method), bytes, 0L,
                    cluster.deadline(), description));
            return null;
        }
        PendingAsks.PendingAsk pending = cluster.pendingAsks().register(description, cluster.askTimeout());
        cluster.outbox(route.partition()).add(RemoteEnvelope.call(kind, route.key(), RemoteMethod.of(method), bytes,
                pending.id, cluster.deadline(), description));
        return switch (callKind) {
            case ACTOR_FUTURE -> pending.future;
            case COMPLETION_STAGE -> pending.future.toCompletableFuture();
            default -> await(pending.future, method);
        };
    }

    /** The local-owner path is taken only when nothing of this member's to the key could be overtaken by it. */
    private boolean mayGoDirect(K key, Route route) {
        return cluster.outbox(route.partition()).idle() && !cluster.chains().holds(kind, key);
    }

    /** A blocking call's reply: bounded by the pending ask's timeout; a declared checked exception is rethrown as it is. */
    private static Object await(ActorFuture<Object> reply, Method method) throws Throwable {
        try {
            return reply.get();
        } catch (ActorExecutionException wrapped) {
            Throwable cause = wrapped.getCause();
            for (Class<?> declared : method.getExceptionTypes()) {
                if (declared.isInstance(cause)) {
                    throw cause;
                }
            }
            throw wrapped;
        }
    }

    private K requireKey(K key) {
        return Objects.requireNonNull(key, () -> "The key of an entity must not be null (the " + this + "): pass the id or "
                + "name the entity stands for");
    }

    private static void requireMessage(Object message) {
        Objects.requireNonNull(message, "message must not be null: send an object (a record or enum is typical)");
    }
}
