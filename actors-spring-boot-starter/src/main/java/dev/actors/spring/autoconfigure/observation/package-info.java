/**
 * Auto-configuration of context propagation and Observations for actor messages.
 */
package dev.actors.spring.autoconfigure.observation;
