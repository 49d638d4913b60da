package dev.actors.cluster.hazelcast;

import dev.actors.Actor;
import dev.actors.ActorFuture;
import dev.actors.EntityRef;

/**
 * The {@link EntityRef} of {@link ClusteredEntities}: routes each message to the key's owner. The
 * key's route (serialized form, partition) is computed at the first send and kept.
 *
 * @param <K> the key type
 * @param <A> the entity type
 */
final class ClusteredEntityRef<K, A extends Actor> implements EntityRef<K, A> {

    private final ClusteredEntities<K, A> entities;
    private final K key;
    /** Computed at the first send; racing computations agree. */
    private volatile Route route;

    ClusteredEntityRef(ClusteredEntities<K, A> entities, K key) {
        this.entities = entities;
        this.key = key;
    }

    @Override
    public K key() {
        return key;
    }

    @Override
    public void tell(Object message) {
        entities.requireSendable(message); // before the key is serialized: a closed member says so
        entities.tell(key, route(), message);
    }

    @Override
    public <R> ActorFuture<R> ask(Object message) {
        RuntimeException refusal = entities.refusal(message);
        return refusal != null ? ActorFuture.failed(refusal) : entities.ask(key, route(), message);
    }

    @Override
    public <I> I proxy(Class<I> api) {
        return ClusteredProxy.create(this, api);
    }

    ClusteredEntities<K, A> entities() {
        return entities;
    }

    Route route() {
        Route known = route;
        if (known == null) {
            known = entities.route(key);
            route = known;
        }
        return known;
    }

    /**
     * Equal when both are refs to the same key of the same clustered entities.
     *
     * @param other the other object
     * @return whether it is a ref to the same entity
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ClusteredEntityRef<?, ?> that && entities == that.entities && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return 31 * System.identityHashCode(entities) + key.hashCode();
    }

    /**
     * {@code EntityRef(AccountActor, key=acc-1, clustered)}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "EntityRef(" + entities.label() + ", key=" + key + ", clustered)";
    }
}
