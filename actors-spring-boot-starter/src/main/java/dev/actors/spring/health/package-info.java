/**
 * The {@code actors} health indicator.
 */
package dev.actors.spring.health;
