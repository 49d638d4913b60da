package dev.actors.cluster.hazelcast;

import dev.actors.Actor;
import dev.actors.ActorRegistry;
import dev.actors.Entities;
import dev.actors.EntitySettings;
import java.util.function.Function;

/** Makes the local {@link Entities} that do the per-key actor work on the owner: {@link ActorRegistry#entities} itself. */
interface LocalEntitiesMaker {

    /** The registry's own entities. */
    LocalEntitiesMaker REGISTRY = new LocalEntitiesMaker() {
        @Override
        public <K, A extends Actor> Entities<K, A> make(ActorRegistry registry, Class<A> type,
                Function<? super K, ? extends A> factory, EntitySettings settings) {
            return registry.entities(type, factory, settings);
        }
    };

    <K, A extends Actor> Entities<K, A> make(ActorRegistry registry, Class<A> type, Function<? super K, ? extends A> factory,
            EntitySettings settings);
}
