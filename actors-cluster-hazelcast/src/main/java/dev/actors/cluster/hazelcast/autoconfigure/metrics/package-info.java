/**
 * Auto-configuration of the entity cluster's Micrometer meters.
 */
package dev.actors.cluster.hazelcast.autoconfigure.metrics;
