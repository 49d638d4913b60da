/**
 * Failure analyzers that turn the entity cluster's startup errors into Spring Boot's
 * "APPLICATION FAILED TO START" report: a description and an action.
 */
package dev.actors.cluster.hazelcast.diagnostics;
