package dev.actors.spring;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.util.function.Supplier;

import dev.actors.ActorRegistry;
import dev.actors.RestartPolicy;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.aot.BeanInstanceSupplier;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.InstanceSupplier;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * The instances of an {@link Actor @Actor} bean's actor: the factory it is started from with
 * {@link ActorRegistry#startFrom(Supplier)}. The first call hands out the bean Spring created;
 * each later call, a restart under the actor's {@link RestartPolicy} (on the actor's own
 * thread), creates a fresh instance from the same merged bean definition, the way Spring creates
 * a bean: the definition's instance supplier if it has one (Spring AOT, functional
 * registration), else the constructor Spring resolves for it, with its arguments autowired
 * again (qualifiers, {@code @Value}, explicit constructor arguments); then
 * {@link org.springframework.beans.factory.config.AutowireCapableBeanFactory#configureBean
 * configureBean} under the bean's own name: field and setter injection, {@code Aware}
 * callbacks, {@code @PostConstruct} and init methods, every {@code BeanPostProcessor}. So a
 * new instance gets new collaborators where the definition says so (a prototype dependency)
 * and the same ones where they are singletons. Pekko: {@code Props}, which a restart
 * instantiates again.
 *
 * <p>Spring's {@code AutowireCapableBeanFactory.createBean(Class)} was not used: it builds
 * from the class alone, under the class name, and would lose what the definition adds (an
 * instance supplier, which is how AOT-processed applications create beans, explicit
 * constructor or property values, init methods).
 *
 * <p>A new instance joins its actor (same ref, URN, mailbox) rather than starting one: the
 * post-processors that start actors and register {@code @Scheduled} methods leave it alone
 * ({@link #isBuiltByRestart(Object)}); its actor's schedules and event listeners reach it,
 * as they reach whichever instance handles the actor's messages. Spring does not destroy
 * instances it did not register (as with a prototype): {@code @PreDestroy} runs at most for
 * the first one, at the context's close; put clean-up in {@code onStop()} and
 * {@code onFailure()}, which every instance gets.
 *
 * <p>The runtime makes the first actor of the bean's class constructed on the actor's thread
 * during a restart its new instance; actors of other classes created on the way (a prototype
 * {@code @Actor} injected into the constructor) are new actors of their own, as at the first
 * creation.
 *
 * @param <A> the actor class
 */
public final class ActorBeanIncarnations<A extends dev.actors.Actor> implements Supplier<A> {

    /**
     * The actor a restart is creating an instance of on this thread: a bean of its class with
     * its URN is that instance (it joined the actor's identity in its constructor).
     */
    private static final ThreadLocal<ActorBeanIncarnations<?>> RESTARTING = new ThreadLocal<>();

    private final ConfigurableListableBeanFactory beanFactory;

    private final String beanName;

    private final A first;

    /** Starting thread, then the actor's (the start happens-before the actor's thread runs). */
    private boolean firstHandedOut;

    /**
     * Creates the factory of an actor bean.
     *
     * @param beanFactory the bean factory holding the bean's definition
     * @param beanName the bean's name
     * @param first the bean Spring created, handed out first
     */
    ActorBeanIncarnations(ConfigurableListableBeanFactory beanFactory, String beanName, A first) {
        this.beanFactory = beanFactory;
        this.beanName = beanName;
        this.first = first;
    }

    /**
     * Whether a bean is an instance that a restart is creating (on this thread) for an actor
     * that runs already, rather than a new actor bean: post-processors that act once per actor
     * (start it, register its {@code @Scheduled} methods) skip it.
     *
     * @param bean a bean being initialised
     * @return {@code true} for the new instance of a restarting actor
     */
    public static boolean isBuiltByRestart(Object bean) {
        ActorBeanIncarnations<?> restarting = RESTARTING.get();
        return restarting != null && restarting.joined(bean) && bean.getClass() == restarting.first.getClass();
    }

    private boolean joined(Object bean) {
        return bean instanceof dev.actors.Actor actor && actor.actorUrn().equals(first.actorUrn());
    }

    /**
     * The bean Spring created, at the first call; a fresh instance from the bean definition at
     * each later one.
     *
     * @return the instance
     * @throws org.springframework.beans.BeansException if the new instance cannot be created (the
     *     restart then counts as failed, see {@link RestartPolicy})
     */
    @Override
    public A get() {
        if (!firstHandedOut) {
            firstHandedOut = true;
            return first;
        }
        RESTARTING.set(this);
        try {
            return create();
        }
        finally {
            RESTARTING.remove();
        }
    }

    /**
     * The bean Spring created.
     *
     * @return the first instance
     */
    A first() {
        return first;
    }

    @SuppressWarnings("unchecked")
    private A create() {
        RegisteredBean registered = RegisteredBean.of(beanFactory, beanName);
        Object instance;
        try {
            instance = instantiate(registered);
        }
        catch (Exception ex) {
            throw new BeanCreationException(beanName, "Cannot create a new instance for the restart of @Actor bean "
                    + ActorLabel.of(beanName, first), ex);
        }
        if (!joined(instance)) {
            throw new BeanCreationException(beanName, "The new instance for the restart of @Actor bean "
                    + ActorLabel.of(beanName, first) + " did not join its actor: another actor of its class was "
                    + "constructed on the actor's thread before it, while its constructor arguments were resolved "
                    + "(the actor runtime takes the first one for the new instance). Do not give an actor with a "
                    + "restart policy a new actor of its own class through its constructor: inject an ObjectProvider "
                    + "and call getObject() in the constructor's body or later");
        }
        // What configureBean returns is not used: the instance itself joined the actor, and a
        // post-processor that wraps actor beans failed the startup already (ActorStartingPostProcessor).
        beanFactory.configureBean(instance, beanName);
        return (A) instance;
    }

    private static Object instantiate(RegisteredBean registered) throws Exception {
        RootBeanDefinition definition = registered.getMergedBeanDefinition();
        Supplier<?> supplier = definition.getInstanceSupplier();
        if (supplier instanceof InstanceSupplier<?> instanceSupplier) {
            return instanceSupplier.get(registered);
        }
        if (supplier != null) {
            return supplier.get();
        }
        Executable executable = registered.resolveInstantiationDescriptor().executable();
        if (!(executable instanceof Constructor<?> constructor)) {
            throw new IllegalStateException("@Actor bean '" + registered.getBeanName() + "' is not created by a "
                    + "constructor (" + executable + ")");
        }
        return BeanInstanceSupplier.forConstructor(constructor.getParameterTypes()).get(registered);
    }
}
