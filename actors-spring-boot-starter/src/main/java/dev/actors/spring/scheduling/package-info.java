/**
 * {@code @Scheduled} methods of {@link dev.actors.spring.Actor @Actor} beans, run by Spring's
 * own scheduler as messages to their actors.
 */
package dev.actors.spring.scheduling;
