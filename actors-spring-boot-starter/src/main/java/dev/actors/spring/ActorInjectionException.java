package dev.actors.spring;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.core.ResolvableType;

/**
 * A bean asked for something an {@link Actor @Actor} bean cannot provide: the actor instance
 * itself (calls on it would bypass its mailbox), or an interface the actor does not
 * implement. A {@link NoSuchBeanDefinitionException}, as Spring's own "no such bean"
 * failures are, that also says what to inject instead ({@link #getAction()});
 * {@link dev.actors.spring.diagnostics.ActorInjectionFailureAnalyzer} reports it.
 */
public final class ActorInjectionException extends NoSuchBeanDefinitionException {

    private static final long serialVersionUID = 1L;

    private final String detail;

    private final String action;

    ActorInjectionException(ResolvableType type, String detail, String action) {
        super(type, detail);
        this.detail = detail;
        this.action = action;
    }

    /**
     * What was asked for and why it cannot be provided, without Spring's "No qualifying bean"
     * prefix of {@link #getMessage()}.
     *
     * @return the detail
     */
    public String getDetail() {
        return detail;
    }

    /**
     * What to do instead, as a sentence.
     *
     * @return the action
     */
    public String getAction() {
        return action;
    }
}
