/**
 * {@code @EventListener} methods of {@link dev.actors.spring.Actor @Actor} beans, whose
 * events Spring's own multicaster delivers as messages to their actors.
 */
package dev.actors.spring.event;
