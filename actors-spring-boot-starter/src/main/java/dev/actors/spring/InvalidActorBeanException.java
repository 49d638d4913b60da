package dev.actors.spring;

import org.springframework.beans.FatalBeanException;

/**
 * An {@link Actor @Actor} bean that cannot work as an actor: its class does not extend an
 * actor implementation, or the bean was wrapped in an AOP proxy whose advice would never
 * apply to the actor's own thread, or an annotation a module gives actor beans is on the wrong
 * kind of bean ({@code actors-cluster-hazelcast}'s {@code @ClusteredEntity} on a class that is
 * not an entity bean). Says what is wrong ({@link #getProblem()}) and what to change
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
     * Makes one for a module's check of actor beans; its message is the problem, then the action.
     *
     * @param problem what is wrong, naming the bean and its class, without a final period
     * @param action what to change, as a sentence without a final period
     */
    public InvalidActorBeanException(String problem, String action) {
        this(problem + ". " + action, problem, action);
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
