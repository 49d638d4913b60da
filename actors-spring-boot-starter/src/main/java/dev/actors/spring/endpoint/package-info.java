/**
 * The {@code actors} actuator endpoint, usable without auto-configuration.
 */
package dev.actors.spring.endpoint;
