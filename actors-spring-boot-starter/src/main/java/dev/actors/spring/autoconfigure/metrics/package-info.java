/**
 * Auto-configuration of the actors' Micrometer meters.
 */
package dev.actors.spring.autoconfigure.metrics;
