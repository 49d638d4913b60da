package dev.actors.spring.diagnostics;

import dev.actors.spring.ActorStartupException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a singleton {@code @Actor} bean that did not start: its {@code onStart()} threw (the
 * exception is kept as the analysis' cause, so its stack trace is printed), or it was still
 * in {@code onStart()} when {@code actors.startup-timeout} ran out.
 */
public final class ActorStartupFailureAnalyzer extends AbstractFailureAnalyzer<ActorStartupException> {

    /** Created by Spring Boot from {@code META-INF/spring.factories}. */
    public ActorStartupFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ActorStartupException cause) {
        if (cause.isTimedOut()) {
            return new FailureAnalysis(cause.getMessage(), "Make onStart() return sooner (do the long work in a "
                    + "message the actor sends itself from onStart()), or raise actors.startup-timeout.", cause);
        }
        return new FailureAnalysis(cause.getMessage(), "Fix the failure of onStart() in @Actor bean '"
                + cause.getBeanNames().getFirst() + "' (its stack trace follows), or move the work that can fail "
                + "out of onStart() into a message the actor can answer with an error.", cause);
    }
}
