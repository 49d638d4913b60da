package dev.actors.spring;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * Starts every {@link Actor @Actor} bean as an actor right after its initialisation
 * ({@code @PostConstruct}, {@code afterPropertiesSet}), in the context's registry.
 *
 * <p>The first start also creates the {@link ActorsShutdown} bean, so that actors started
 * while the context is refreshing are stopped even when the refresh fails later on.
 */
public final class ActorStartingPostProcessor implements BeanPostProcessor, BeanFactoryAware {

    private final ObjectProvider<ActorBeans> actorBeans;

    private final ObjectProvider<ActorsShutdown> shutdown;

    private ConfigurableListableBeanFactory beanFactory;

    /**
     * Creates the post-processor; both collaborators are looked up at the first actor start.
     *
     * @param actorBeans the context's actor bean directory
     * @param shutdown the lifecycle that stops the actors
     */
    public ActorStartingPostProcessor(ObjectProvider<ActorBeans> actorBeans, ObjectProvider<ActorsShutdown> shutdown) {
        this.actorBeans = actorBeans;
        this.shutdown = shutdown;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
        this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (AopUtils.isAopProxy(bean) && AnnotatedElementUtils.hasAnnotation(AopUtils.getTargetClass(bean), Actor.class)) {
            throw new BeanInitializationException("@Actor bean '" + beanName + "' (" + AopUtils.getTargetClass(bean).getName()
                    + ") was wrapped in an AOP proxy (@Transactional, @Async, @Validated, an aspect...): its methods run "
                    + "in the actor's thread on the actor itself, so the advice would never apply. Remove the advice from "
                    + "the actor class, or move the advised code to a bean the actor calls");
        }
        if (bean instanceof dev.actors.Actor actor
                && AnnotatedElementUtils.hasAnnotation(ClassUtils.getUserClass(bean), Actor.class)) {
            shutdown.getObject();
            actorBeans.getObject().start(beanName, isSingleton(beanName), actor);
        }
        return bean;
    }

    private boolean isSingleton(String beanName) {
        try {
            return beanFactory.getMergedBeanDefinition(beanName).isSingleton();
        }
        catch (NoSuchBeanDefinitionException ex) {
            return false;
        }
    }
}
