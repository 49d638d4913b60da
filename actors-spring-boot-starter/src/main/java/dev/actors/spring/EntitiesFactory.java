package dev.actors.spring;

import java.util.function.Function;

import dev.actors.ActorRegistry;
import dev.actors.Entities;
import dev.actors.EntitySettings;

/**
 * Makes the {@link Entities} of an entity bean (a prototype {@link Actor @Actor} with an
 * {@link EntityKey @EntityKey} constructor parameter), the ones other beans get when they
 * inject {@code Entities<K, X>}. Without a bean of this type the context's
 * {@link ActorRegistry#entities(Class, Function, EntitySettings)} makes them (one JVM); a module
 * such as {@code actors-cluster-hazelcast} registers one that makes some kinds cluster-wide and
 * leaves the others to the registry ({@link #local}). Called once per entity bean definition,
 * while the first bean that injects its entities is created. Pekko: the choice between
 * {@code ClusterSharding.init} and a local entity parent.
 */
public interface EntitiesFactory {

    /**
     * Makes the entities of one entity bean.
     *
     * @param beanName the entity bean's name
     * @param actorClass its actor class
     * @param keyClass the (boxed) class of its {@code @EntityKey} parameter, the keys' type (a
     *     cluster checks at startup that it can travel)
     * @param incarnations creates a new instance of the bean for a key (each incarnation)
     * @param settings the context's {@link EntitySettings} ({@code actors.entities.*})
     * @param <K> the key type
     * @param <A> the actor class
     * @return the entities, none started
     */
    <K, A extends dev.actors.Actor> Entities<K, A> create(String beanName, Class<A> actorClass, Class<K> keyClass,
            Function<? super K, ? extends A> incarnations, EntitySettings settings);

    /**
     * The default: the entities of one JVM, from {@code registry}.
     *
     * @param registry the context's registry
     * @return a factory that makes every kind local
     */
    static EntitiesFactory local(ActorRegistry registry) {
        return new EntitiesFactory() {
            @Override
            public <K, A extends dev.actors.Actor> Entities<K, A> create(String beanName, Class<A> actorClass,
                    Class<K> keyClass, Function<? super K, ? extends A> incarnations, EntitySettings settings) {
                return registry.entities(actorClass, incarnations, settings);
            }

            @Override
            public String toString() {
                return "EntitiesFactory.local(" + registry + ")";
            }
        };
    }
}
