/**
 * Failure analyzers that turn the starter's startup errors into Spring Boot's
 * "APPLICATION FAILED TO START" report: a description and an action.
 */
package dev.actors.spring.diagnostics;
