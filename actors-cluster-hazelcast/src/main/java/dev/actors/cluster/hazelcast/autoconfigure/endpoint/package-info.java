/**
 * Auto-configuration of the entity cluster's section of the {@code actors} actuator endpoint.
 */
package dev.actors.cluster.hazelcast.autoconfigure.endpoint;
