package dev.actors.spring.diagnostics;

import dev.actors.spring.ActorInjectionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.analyzer.AbstractInjectionFailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * Reports an injection point that asked for an {@code @Actor} instance, or for an interface
 * its actor does not implement, naming the injection point and what to inject instead.
 * Ordered first: Spring Boot's own analyzer of {@code NoSuchBeanDefinitionException} would
 * advise defining a bean of the actor's class, which is exactly what must not be done.
 */
public final class ActorInjectionFailureAnalyzer extends AbstractInjectionFailureAnalyzer<ActorInjectionException>
        implements Ordered {

    /** Created by Spring Boot from {@code META-INF/spring.factories}. */
    public ActorInjectionFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ActorInjectionException cause, String description) {
        String where = description == null ? "A bean" : description;
        return new FailureAnalysis(where + " asked for what an @Actor bean cannot provide: " + cause.getDetail(),
                cause.getAction() + ".", cause);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
