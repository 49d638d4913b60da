/**
 * The entity cluster's section of the {@code actors} actuator endpoint.
 */
package dev.actors.cluster.hazelcast.endpoint;
