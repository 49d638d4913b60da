package dev.actors.spring.event;

import java.lang.reflect.Method;

import dev.actors.ActorRegistry;
import dev.actors.spring.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ApplicationListenerMethodAdapter;
import org.springframework.context.event.DefaultEventListenerFactory;
import org.springframework.context.event.EventListenerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * Creates the listeners for {@code @EventListener} methods of {@link Actor @Actor} beans:
 * {@link ActorEventListenerMethodAdapter}s, which send each event to the actor as a
 * message. Spring's {@code EventListenerMethodProcessor} asks the factories in order; this
 * one comes just before Spring's {@link DefaultEventListenerFactory}, after the specialised
 * ones (such as {@code @TransactionalEventListener}'s), which keep their own semantics.
 */
public final class ActorEventListenerFactory implements EventListenerFactory, Ordered {

    /** Just before {@link DefaultEventListenerFactory}, whose order is {@link Ordered#LOWEST_PRECEDENCE}. */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 1;

    private final ObjectProvider<ActorRegistry> registry;

    /**
     * Creates the factory.
     *
     * @param registry the context's actor registry, looked up at the first event
     */
    public ActorEventListenerFactory(ObjectProvider<ActorRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** Methods of actor classes; {@link #createApplicationListener} tells {@code @Actor} beans from the others. */
    @Override
    public boolean supportsMethod(Method method) {
        return dev.actors.Actor.class.isAssignableFrom(method.getDeclaringClass());
    }

    @Override
    public ApplicationListener<?> createApplicationListener(String beanName, Class<?> type, Method method) {
        if (AnnotatedElementUtils.hasAnnotation(ClassUtils.getUserClass(type), Actor.class)) {
            return new ActorEventListenerMethodAdapter(beanName, type, method, registry);
        }
        return new ApplicationListenerMethodAdapter(beanName, type, method);
    }
}
