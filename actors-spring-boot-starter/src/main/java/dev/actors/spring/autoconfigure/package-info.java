/**
 * Auto-configuration of the actors starter and its {@code actors.*} properties.
 */
package dev.actors.spring.autoconfigure;
