package dev.actors.spring.tracing;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A web application whose requests reach actor A, which tells actor B: run by {@link ActorTracingTests}. */
@SpringBootApplication
public class TracingTestApplication {
}
