/**
 * Spring integration of the entity cluster: {@code @ClusteredEntity} entity beans, the check of
 * its use, and the entity cluster's lifecycle in a Spring context.
 */
package dev.actors.cluster.hazelcast.spring;
