package dev.actors;

import java.util.Set;
import java.util.function.Function;

/**
 * The in-JVM {@link Entities}.
 *
 * <p>SKELETON: implemented by the entities branch.
 */
final class LocalEntities<K, A extends Actor> implements Entities<K, A> {

    private final ActorRegistry registry;
    private final Class<A> type;
    private final Function<? super K, ? extends A> factory;
    private final EntitySettings settings;

    LocalEntities(ActorRegistry registry, Class<A> type, Function<? super K, ? extends A> factory, EntitySettings settings) {
        this.registry = registry;
        this.type = type;
        this.factory = factory;
        this.settings = settings;
    }

    @Override
    public Class<A> entityType() {
        return type;
    }

    @Override
    public EntitySettings settings() {
        return settings;
    }

    @Override
    public EntityRef<K, A> ref(K key) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void tell(K key, Object message) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public <R> ActorFuture<R> ask(K key, Object message) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public int liveCount() {
        return 0;
    }

    @Override
    public Set<K> liveKeys() {
        return Set.of();
    }
}
