package dev.actors.spring;

import dev.actors.ActorRef;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * Starts every {@link Actor @Actor} bean as an actor right after its initialisation
 * ({@code @PostConstruct}, {@code afterPropertiesSet}), in the context's registry, from an
 * {@link ActorBeanIncarnations} factory: a restart under the actor's restart policy builds its
 * new instance from the bean definition, and that instance, which joins the running actor, is
 * not started again. Nor is an entity incarnation ({@link EntityBeanInstances}): its
 * {@code Entities} start it.
 *
 * <p>A singleton's start is handed to {@link ActorsStartup}, which fails the bean's creation
 * at once when its {@code onStart()} has already thrown, and otherwise makes the context wait
 * for it.
 *
 * <p>The first start also creates the {@link ActorsShutdown} bean, so that actors started
 * while the context is refreshing are stopped even when the refresh fails later on.
 */
public final class ActorStartingPostProcessor implements BeanPostProcessor, BeanFactoryAware {

    private final ObjectProvider<ActorBeans> actorBeans;

    private final ObjectProvider<ActorsShutdown> shutdown;

    private final ObjectProvider<ActorsStartup> startup;

    private ConfigurableListableBeanFactory beanFactory;

    /**
     * Creates the post-processor; the collaborators are looked up at the first actor start.
     *
     * @param actorBeans the context's actor bean directory
     * @param shutdown the lifecycle that stops the actors
     * @param startup the wait for singletons' {@code onStart()}; none: the context does not wait
     */
    public ActorStartingPostProcessor(ObjectProvider<ActorBeans> actorBeans, ObjectProvider<ActorsShutdown> shutdown,
            ObjectProvider<ActorsStartup> startup) {
        this.actorBeans = actorBeans;
        this.shutdown = shutdown;
        this.startup = startup;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
        this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (AopUtils.isAopProxy(bean) && AnnotatedElementUtils.hasAnnotation(AopUtils.getTargetClass(bean), Actor.class)) {
            String problem = "@Actor bean '" + beanName + "' (" + AopUtils.getTargetClass(bean).getName()
                    + ") was wrapped in an AOP proxy (@Transactional, @Async, @Validated, an aspect...): its methods run "
                    + "in the actor's thread on the actor itself, so the advice would never apply";
            String action = "Remove the advice from the actor class, or move the advised code to a bean the "
                    + "actor calls";
            throw new InvalidActorBeanException(problem + ". " + action, problem, action);
        }
        if (bean instanceof dev.actors.Actor actor
                && AnnotatedElementUtils.hasAnnotation(ClassUtils.getUserClass(bean), Actor.class)
                && !ActorBeanIncarnations.isBuiltByRestart(bean) && !EntityBeanInstances.isIncarnation(beanName)) {
            shutdown.getObject();
            boolean singleton = isSingleton(beanName);
            ActorRef<?> ref = actorBeans.getObject().start(beanName, singleton,
                    new ActorBeanIncarnations<>(beanFactory, beanName, actor));
            if (singleton) {
                startup.ifAvailable(waiter -> waiter.started(beanName, ref));
            }
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
