/**
 * The entity cluster's Micrometer meters.
 */
package dev.actors.cluster.hazelcast.metrics;
