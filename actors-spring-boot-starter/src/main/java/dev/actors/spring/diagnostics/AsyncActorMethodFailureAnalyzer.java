package dev.actors.spring.diagnostics;

import dev.actors.spring.AsyncActorMethodException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports {@code @Async} on an {@code @Actor} class or method: the actor's methods run in its
 * own thread, so the annotation would either run them beside its handlers or do nothing.
 */
public final class AsyncActorMethodFailureAnalyzer extends AbstractFailureAnalyzer<AsyncActorMethodException> {

    /** Created by Spring Boot from {@code META-INF/spring.factories}. */
    public AsyncActorMethodFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AsyncActorMethodException cause) {
        String description = cause.getMessage();
        String action = "Remove @Async from " + cause.getActorClass().getName() + ": calls through the actor's "
                + "interface proxy already leave the caller free (void methods are fire-and-forget, methods returning a "
                + "future are asynchronous). Move work that must run elsewhere to a bean the actor calls.";
        return new FailureAnalysis(description, action, cause);
    }
}
