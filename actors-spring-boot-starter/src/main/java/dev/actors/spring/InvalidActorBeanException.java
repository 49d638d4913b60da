package dev.actors.spring;

import org.springframework.beans.FatalBeanException;

/**
 * An {@link Actor @Actor} bean that cannot work as an actor: its class does not extend an
 * actor implementation, or the bean was wrapped in an AOP proxy whose advice would never
 * apply to the actor's own thread. Says what is wrong ({@link #getProblem()}) and what to change
 * ({@link #getAction()});
 * {@link dev.actors.spring.diagnostics.InvalidActorBeanFailureAnalyzer} reports it.
 */
public final class InvalidActorBeanException extends FatalBeanException {

    private static final long serialVersionUID = 1L;

    private final String problem;

    private final String action;

    InvalidActorBeanException(String message, String problem, String action) {
        super(message);
        this.problem = problem;
        this.action = action;
    }

    /**
     * What is wrong, without the action.
     *
     * @return the problem
     */
    public String getProblem() {
        return problem;
    }

    /**
     * What to change, as a sentence.
     *
     * @return the action
     */
    public String getAction() {
        return action;
    }
}
