package dev.actors.spring;

import java.util.function.Function;

import dev.actors.ActorRegistry;
import dev.actors.Entities;
import org.springframework.beans.factory.BeanFactory;

/**
 * The factory of an entity bean's incarnations, given to
 * {@link ActorRegistry#entities(Class, Function, dev.actors.EntitySettings)}: each call (a key's
 * first message, its first message after a passivation, a restart by the actor's restart policy)
 * creates a new instance of the prototype bean the way Spring creates any prototype, on the
 * calling thread: its {@link EntityKey @EntityKey} constructor parameter gets the key, the other
 * parameters, fields and setters are autowired, {@code @PostConstruct} and every
 * {@code BeanPostProcessor} run. With Spring AOT the bean definition's generated instance
 * supplier does the creation, so entities work the same with {@code -Dspring.aot.enabled=true}.
 * Pekko: the {@code EntityContext => Behavior} factory given to {@code Entity.of}.
 *
 * <p>The {@link Entities} start the instance; {@link ActorStartingPostProcessor} leaves it alone
 * ({@link #isIncarnation(String)}). Spring does not destroy prototype instances: put clean-up
 * (saving the entity's state) in {@code onStop()}, which a passivation runs.
 *
 * @param <K> the key type
 * @param <A> the entity actor class
 */
final class EntityBeanInstances<K, A extends dev.actors.Actor> implements Function<K, A> {

    /** The entity bean being created on this thread, and the key its {@code @EntityKey} parameter gets. */
    private static final ThreadLocal<Creation> CREATING = new ThreadLocal<>();

    private final BeanFactory beanFactory;

    private final String beanName;

    private final Class<A> actorClass;

    private final Class<?> keyClass;

    /**
     * Creates the factory of one entity bean.
     *
     * @param beanFactory the bean factory holding the bean's definition
     * @param beanName the entity bean's name
     * @param actorClass its class
     * @param keyClass the (boxed) class of its {@code @EntityKey} parameter
     */
    EntityBeanInstances(BeanFactory beanFactory, String beanName, Class<A> actorClass, Class<?> keyClass) {
        this.beanFactory = beanFactory;
        this.beanName = beanName;
        this.actorClass = actorClass;
        this.keyClass = keyClass;
    }

    /**
     * A new instance of the entity bean for {@code key}.
     *
     * @param key the entity's key
     * @return the instance, not started
     * @throws IllegalArgumentException if the key is not of the {@code @EntityKey} parameter's type
     *     (only possible through raw or unchecked types)
     * @throws org.springframework.beans.BeansException if Spring cannot create the instance
     */
    @Override
    public A apply(K key) {
        if (!keyClass.isInstance(key)) {
            throw new IllegalArgumentException("The key " + key + " (a " + key.getClass().getName() + ") of the entities "
                    + "of bean '" + beanName + "' (" + actorClass.getName() + ") is not a " + keyClass.getName()
                    + ", the type of its @EntityKey parameter: send keys of that type");
        }
        Creation outer = CREATING.get();
        CREATING.set(new Creation(beanName, key));
        try {
            return beanFactory.getBean(beanName, actorClass);
        }
        finally {
            if (outer == null) {
                CREATING.remove();
            }
            else {
                CREATING.set(outer);
            }
        }
    }

    /**
     * Whether the bean of that name being initialised on this thread is an incarnation created
     * here: Spring never creates a prototype inside its own creation, so the name tells it.
     *
     * @param beanName the name of a bean being initialised
     * @return {@code true} for an entity incarnation, which its {@code Entities} start
     */
    static boolean isIncarnation(String beanName) {
        Creation creation = CREATING.get();
        return creation != null && creation.beanName().equals(beanName);
    }

    /**
     * The key for the {@code @EntityKey} parameter of a bean being created on this thread.
     *
     * @param requestingBeanName the bean whose constructor asks for it
     * @param parameter the parameter, for the error
     * @return the key
     * @throws InvalidActorBeanException if that bean is not being created as an entity
     *     incarnation (an {@code ObjectProvider}, {@code getBean}, or a bean that is no entity)
     */
    static Object keyFor(String requestingBeanName, String parameter) {
        Creation creation = CREATING.get();
        if (creation != null && creation.beanName().equals(requestingBeanName)) {
            return creation.key();
        }
        String problem = "Bean '" + requestingBeanName + "' was created with an @EntityKey parameter (" + parameter
                + ") but not by its Entities, so there is no key to give it";
        String action = "Inject Entities<K, X> for its class (a @Scope(\"prototype\") @Actor) and send to a key "
                + "(entities.ref(key)); do not look the bean up or inject it otherwise";
        throw new InvalidActorBeanException(problem + ". " + action, problem, action);
    }

    private record Creation(String beanName, Object key) {
    }
}
