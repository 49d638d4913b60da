package dev.actors.cluster.hazelcast.spring;

import java.util.function.Function;

import dev.actors.ActorRegistry;
import dev.actors.Entities;
import dev.actors.EntitySettings;
import dev.actors.cluster.hazelcast.EntityCluster;
import dev.actors.spring.EntitiesFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The context's {@link EntitiesFactory} when it has an {@link EntityCluster}: the entities of a
 * class annotated {@link ClusteredEntity @ClusteredEntity} are the cluster's (made with
 * {@link EntityCluster#entities(Class, Class, Function, EntitySettings)}, so a key type that can
 * never be serialized fails the startup), the others the registry's (local). A user's own
 * {@code EntitiesFactory} bean replaces it.
 */
public final class ClusteredEntitiesFactory implements EntitiesFactory {

    private final EntityCluster cluster;

    private final EntitiesFactory local;

    /**
     * Creates the factory.
     *
     * @param cluster the context's entity cluster
     * @param registry the context's registry, for the entities that stay local
     */
    public ClusteredEntitiesFactory(EntityCluster cluster, ActorRegistry registry) {
        this.cluster = cluster;
        this.local = EntitiesFactory.local(registry);
    }

    @Override
    public <K, A extends dev.actors.Actor> Entities<K, A> create(String beanName, Class<A> actorClass, Class<K> keyClass,
            Function<? super K, ? extends A> incarnations, EntitySettings settings) {
        if (isClustered(actorClass)) {
            return cluster.entities(actorClass, keyClass, incarnations, settings);
        }
        return local.create(beanName, actorClass, keyClass, incarnations, settings);
    }

    /**
     * Whether the entities of {@code actorClass} are cluster-wide.
     *
     * @param actorClass an entity class
     * @return whether it (or a superclass) is annotated {@link ClusteredEntity @ClusteredEntity}
     */
    public static boolean isClustered(Class<?> actorClass) {
        return AnnotatedElementUtils.hasAnnotation(actorClass, ClusteredEntity.class);
    }

    @Override
    public String toString() {
        return "ClusteredEntitiesFactory(" + cluster + ")";
    }
}
