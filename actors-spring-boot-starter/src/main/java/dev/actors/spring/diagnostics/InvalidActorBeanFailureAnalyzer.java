package dev.actors.spring.diagnostics;

import dev.actors.spring.InvalidActorBeanException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports an {@code @Actor} bean that cannot work as an actor: {@code @Actor} on a class that
 * does not extend an actor, or an actor wrapped in an AOP proxy.
 */
public final class InvalidActorBeanFailureAnalyzer extends AbstractFailureAnalyzer<InvalidActorBeanException> {

    /** Created by Spring Boot from {@code META-INF/spring.factories}. */
    public InvalidActorBeanFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidActorBeanException cause) {
        return new FailureAnalysis(cause.getProblem(), cause.getAction() + ".", cause);
    }
}
