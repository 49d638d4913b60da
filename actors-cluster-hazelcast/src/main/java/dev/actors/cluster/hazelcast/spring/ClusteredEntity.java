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
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ClusteredEntity {
}
