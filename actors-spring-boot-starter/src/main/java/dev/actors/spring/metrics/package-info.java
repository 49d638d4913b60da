/**
 * Micrometer meters for actors.
 */
package dev.actors.spring.metrics;
