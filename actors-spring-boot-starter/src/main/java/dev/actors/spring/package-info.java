/**
 * Spring integration of the actor runtime: the {@link dev.actors.spring.Actor @Actor}
 * stereotype and the machinery that starts, injects and stops actor beans.
 */
package dev.actors.spring;
