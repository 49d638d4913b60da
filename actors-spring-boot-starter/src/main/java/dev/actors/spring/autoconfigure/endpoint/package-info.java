/**
 * Auto-configuration of the {@code actors} actuator endpoint.
 */
package dev.actors.spring.autoconfigure.endpoint;
