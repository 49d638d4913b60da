/**
 * Spring integration of the entity cluster: its lifecycle in a Spring context.
 */
package dev.actors.cluster.hazelcast.spring;
