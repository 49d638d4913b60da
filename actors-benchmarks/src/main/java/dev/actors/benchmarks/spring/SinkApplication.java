package dev.actors.benchmarks.spring;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The smallest Spring Boot application with the actors starter: one {@link SpringSink} actor
 * (component-scanned), Micrometer on the class path (so a {@code SimpleMeterRegistry} exists),
 * no web server.
 */
@SpringBootApplication
public class SinkApplication {
}
