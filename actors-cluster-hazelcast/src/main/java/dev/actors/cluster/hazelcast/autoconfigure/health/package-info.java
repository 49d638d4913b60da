/**
 * Auto-configuration of the entity cluster's health indicator.
 */
package dev.actors.cluster.hazelcast.autoconfigure.health;
