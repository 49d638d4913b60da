/**
 * The {@code cluster} profile's Hazelcast member: what differs between replicas, from Spring
 * properties.
 */
package dev.actors.sample.cluster;
