package dev.actors.cluster.hazelcast.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an entity bean's entities cluster-wide: on a prototype {@link dev.actors.spring.Actor @Actor}
 * class with an {@link dev.actors.spring.EntityKey @EntityKey} constructor parameter, the
 * {@code Entities<K, X>} that beans inject are the context's
 * {@link dev.actors.cluster.hazelcast.EntityCluster#entities EntityCluster entities}: each key's
 * entity runs on the member owning the key's Hazelcast partition. Without an {@code EntityCluster}
 * in the context (no {@code HazelcastInstance} bean, or {@code actors.cluster.enabled=false}) the
 * annotation does nothing and the entities are local. Keys, messages, interface-call arguments and
 * replies must be serializable; lambda calls ({@code ActorProxy.call}) are refused. Pekko: an
 * entity started with {@code ClusterSharding.init}.
 *
 * <p>Checked at startup: on a class that is not an entity bean (a singleton {@code @Actor}, a
 * prototype one without an {@code @EntityKey} parameter, or no {@code @Actor}) it fails the
 * startup with the starter's {@link dev.actors.spring.InvalidActorBeanException}, with or without
 * a cluster; with one, a key type that can never be serialized (a final class that neither Java
 * serialization, a configured serializer nor Hazelcast's zero-config Compact takes, such as a JDK
 * class that is not {@code Serializable}) fails it with
 * {@link dev.actors.cluster.hazelcast.EntityNotSerializableException}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ClusteredEntity {
}
