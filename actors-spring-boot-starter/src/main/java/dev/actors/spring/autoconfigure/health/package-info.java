/**
 * Auto-configuration of the {@code actors} health indicator.
 */
package dev.actors.spring.autoconfigure.health;
