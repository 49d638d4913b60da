/**
 * Context propagation and Micrometer Observations for actor messages: implementations of
 * {@link dev.actors.MessageHook} that carry the sender's thread-local context (MDC, the
 * current Observation, so the trace) to the actor's thread, put the actor's URN and class
 * in the MDC while it handles a message, and observe each handled message as
 * {@code actors.message}.
 */
package dev.actors.spring.observation;
