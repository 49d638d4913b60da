package dev.actors;

import java.util.Objects;

/**
 * The {@link EntityRef} of {@link LocalEntities}, and the {@link ProxyTarget} of its typed
 * proxies. It remembers the slot its last message went through, which saves the map lookup for
 * as long as that slot lasts (a removed slot sends the message on to a fresh one).
 */
final class LocalEntityRef<K, A extends Actor> implements EntityRef<K, A>, ProxyTarget {

    private final LocalEntities<K, A> entities;
    private final K key;
    /** The slot of the last send; a stale (removed) one is harmless. Volatile: slots are shared between threads. */
    private volatile EntitySlot<K> slot;

    LocalEntityRef(LocalEntities<K, A> entities, K key) {
        this.entities = entities;
        this.key = key;
    }

    @Override
    public K key() {
        return key;
    }

    @Override
    public void tell(Object message) {
        send(Envelope.tell(requireMessage(message)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> ActorFuture<R> ask(Object message) {
        return (ActorFuture<R>) askEnvelope(requireMessage(message));
    }

    @Override
    public <I> I proxy(Class<I> api) {
        Objects.requireNonNull(api, "api");
        return TypedProxy.create(this, entities.entityType(), api);
    }

    @Override
    public void sendCall(MethodCall call) {
        send(Envelope.fireAndForget(call));
    }

    @Override
    public ThreadingFuture<Object> askCall(MethodCall call) {
        return askEnvelope(call);
    }

    @Override
    public Actor answerer() {
        EntitySlot<K> last = slot;
        EntitySlot<K> known = last != null ? last : entities.existingSlot(key);
        return known == null ? null : known.incarnation();
    }

    @Override
    public ActorRegistry registry() {
        return entities.registry();
    }

    @Override
    public String label() {
        return "EntityRef(" + entities.kind() + ", key=" + LocalEntities.describe(key) + ")";
    }

    /**
     * Equal when both are refs to the same key of the same entities.
     *
     * @param other the other object
     * @return whether it is a ref to the same entity
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof LocalEntityRef<?, ?> that && entities == that.entities && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return 31 * System.identityHashCode(entities) + key.hashCode();
    }

    /**
     * {@code EntityRef(AccountActor, key=acc-1)}: the kind and the key.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return label();
    }

    static Object requireMessage(Object message) {
        return Objects.requireNonNull(message, "message must not be null: send an object (a record or enum is typical)");
    }

    private ThreadingFuture<Object> askEnvelope(Object message) {
        EntitySlot<K> current = currentSlot();
        ThreadingFuture<Object> reply = new ThreadingFuture<>(current.incarnation()); // its self-wait check, when known
        remember(entities.deliver(current, Envelope.ask(message, reply)));
        return reply;
    }

    private void send(Envelope envelope) {
        remember(entities.deliver(currentSlot(), envelope));
    }

    private EntitySlot<K> currentSlot() {
        EntitySlot<K> last = slot;
        return last != null ? last : entities.slotFor(key);
    }

    private void remember(EntitySlot<K> used) {
        if (used != slot) {
            slot = used;
        }
    }
}
