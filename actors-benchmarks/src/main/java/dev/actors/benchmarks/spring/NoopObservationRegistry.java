package dev.actors.benchmarks.spring;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code benchmark.noop-observation-registry=true}: the application's
 * {@link ObservationRegistry} is Micrometer's no-op one, so Spring Boot's (with its meter and
 * tracing handlers) backs off and each {@code actors.message} Observation costs only its
 * creation.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("benchmark.noop-observation-registry")
public class NoopObservationRegistry {

    @Bean
    ObservationRegistry observationRegistry() {
        return ObservationRegistry.NOOP;
    }
}
