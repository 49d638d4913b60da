package dev.actors.spring.scheduling;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.actors.ActorListener;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.spring.Actor;
import dev.actors.spring.ActorBeanIncarnations;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Spring's {@link ScheduledAnnotationBeanPostProcessor}, with {@code @Scheduled} methods of
 * {@link Actor @Actor} beans run inside their actors: each trigger of Spring's scheduler
 * sends the run to the actor as a message (see {@link ActorScheduledMethodRunnable}), and
 * the actor's scheduled tasks are cancelled when it stops. They are registered once per
 * actor: a new instance built by a restart (see {@link ActorBeanIncarnations}) is not
 * processed again, and each run is a call on whichever instance handles the actor's messages
 * then, so the schedules reach the new one. Everything else (triggers,
 * scheduler lookup, {@code SchedulingConfigurer}s, observations, cancellation at context
 * close) is Spring's.
 *
 * <p>Registered in place of the processor that {@code @EnableScheduling} declares, by
 * {@link ActorSchedulingRegistrar}. The counterpart of a Pekko actor's
 * {@code timers.startTimerAtFixedRate}, driven by Spring's scheduler.
 */
public class ActorScheduledAnnotationBeanPostProcessor extends ScheduledAnnotationBeanPostProcessor
        implements ActorListener {

    /** The actor beans with scheduled tasks, by URN, until they stop. */
    private final Map<String, dev.actors.Actor> scheduledActorsByUrn = new ConcurrentHashMap<>();

    private @Nullable BeanFactory beanFactory;

    private volatile @Nullable ActorRegistry registry;

    /** Creates the post-processor; Spring configures it as it does its own. */
    public ActorScheduledAnnotationBeanPostProcessor() {
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        super.setBeanFactory(beanFactory);
        this.beanFactory = beanFactory;
    }

    /**
     * Registers the {@code @Scheduled} methods of a bean, except for the new instance of a
     * restarting actor, whose actor's schedules run on it already.
     *
     * @param bean the initialised bean
     * @param beanName its name
     * @return the bean
     */
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (ActorBeanIncarnations.isBuiltByRestart(bean)) {
            return bean;
        }
        return super.postProcessAfterInitialization(bean, beanName);
    }

    /**
     * Spring's runnable for the method, sent to the actor at each trigger when
     * {@code target} is an {@code @Actor} bean.
     *
     * @param target the bean
     * @param method the {@code @Scheduled} method
     * @param qualifier the {@code @Scheduled(scheduler = ...)} qualifier, if any
     * @return the runnable to schedule
     */
    @Override
    protected Runnable createRunnable(Object target, Method method, @Nullable String qualifier) {
        Runnable invocation = super.createRunnable(target, method, qualifier);
        if (!(target instanceof dev.actors.Actor actor)
                || !AnnotatedElementUtils.hasAnnotation(ClassUtils.getUserClass(target), Actor.class)) {
            return invocation;
        }
        scheduledActorsByUrn.put(actor.actorUrn(), actor);
        return new ActorScheduledMethodRunnable(actor, method, invocation,
                incarnation -> super.createRunnable(incarnation, method, qualifier), registry());
    }

    /** Cancels the scheduled tasks of an actor bean that stopped. */
    @Override
    public void actorStopped(ActorRef<?> ref, Optional<Throwable> failure) {
        dev.actors.Actor actor = scheduledActorsByUrn.remove(ref.actorUrn());
        if (actor != null) {
            postProcessBeforeDestruction(actor, ref.actorUrn());
        }
    }

    /** The context's registry, subscribed to at the first actor bean with a scheduled method. */
    private ActorRegistry registry() {
        ActorRegistry known = registry;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (registry == null) {
                ActorRegistry found = beanFactory.getBean(ActorRegistry.class);
                found.addListener(this);
                registry = found;
            }
            return registry;
        }
    }
}
