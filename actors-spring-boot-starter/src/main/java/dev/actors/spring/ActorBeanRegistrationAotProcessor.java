package dev.actors.spring;

import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * Spring AOT: contributes, for each {@link Actor @Actor} bean, the runtime hints its typed
 * interface proxies need ({@link ActorsRuntimeHints#registerActorClass}). Registered in
 * {@code META-INF/spring/aot.factories}; the bean registrations themselves need no help, as
 * {@link ActorBeanDefinitionRegistrar} registers them in a form AOT generates code for.
 */
final class ActorBeanRegistrationAotProcessor implements BeanRegistrationAotProcessor {

    ActorBeanRegistrationAotProcessor() {
    }

    @Override
    public BeanRegistrationAotContribution processAheadOfTime(RegisteredBean registeredBean) {
        Class<?> beanClass = ClassUtils.getUserClass(registeredBean.getBeanClass());
        if (!dev.actors.Actor.class.isAssignableFrom(beanClass)
                || !AnnotatedElementUtils.hasAnnotation(beanClass, Actor.class)) {
            return null;
        }
        return (generationContext, code) -> ActorsRuntimeHints.registerActorClass(
                generationContext.getRuntimeHints(), beanClass);
    }
}
