/**
 * The entity cluster's health indicator.
 */
package dev.actors.cluster.hazelcast.health;
