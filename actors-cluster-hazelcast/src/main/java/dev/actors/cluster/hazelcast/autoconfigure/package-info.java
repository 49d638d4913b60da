/**
 * Auto-configuration of the entity cluster.
 */
package dev.actors.cluster.hazelcast.autoconfigure;
