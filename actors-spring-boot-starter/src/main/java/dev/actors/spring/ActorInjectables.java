package dev.actors.spring;

import dev.actors.ActorProxy;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.Entities;
import dev.actors.EntitySettings;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.util.ClassUtils;

/**
 * The factory bean of what other beans inject instead of an {@link Actor @Actor} bean: the
 * bean definitions that {@link ActorBeanDefinitionRegistrar} registers for each actor bean
 * name this bean and one of its methods as factory method, with the actor bean's name (and
 * the interface) as arguments. Plain factory methods rather than instance suppliers, so that
 * Spring AOT can generate the registrations ({@code spring-boot:process-aot}).
 *
 * <p>Each method resolves the actor bean first, which starts it (for a lazy or prototype
 * actor, this is when it starts), then hands out what the runtime made for it, the Spring
 * counterpart of Pykka's {@code actor_ref} and {@code actor_ref.proxy()}. For an entity class,
 * {@link #entities} makes its {@link Entities} instead, which start nothing until a message comes.
 */
public final class ActorInjectables implements BeanFactoryAware {

    /** The name of this bean, which the derived bean definitions name as their factory bean. */
    public static final String BEAN_NAME = "dev.actors.spring.actorInjectables";

    private BeanFactory beanFactory;

    /** Creates the factory; the bean factory is set by Spring. */
    public ActorInjectables() {
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
        this.beanFactory = beanFactory;
    }

    /**
     * The ref of an actor bean, starting the actor if it is not yet (lazy, prototype).
     *
     * @param actorBeanName the {@code @Actor} bean's name
     * @return its ref ({@code ActorRef<X>})
     * @throws ActorStartupException if the singleton actor failed in {@code onStart}
     */
    public ActorRef<?> ref(String actorBeanName) {
        dev.actors.Actor actor = beanFactory.getBean(actorBeanName, dev.actors.Actor.class);
        ActorRef<?> ref = beanFactory.getBean(ActorBeans.class).refOf(actor);
        ActorsStartup.requireNotFailedInOnStart(actorBeanName, ref);
        return ref;
    }

    /**
     * The proxy of an actor bean (Pykka's {@code actor_ref.proxy()}).
     *
     * @param actorBeanName the {@code @Actor} bean's name
     * @return its proxy ({@code ActorProxy<X>})
     * @throws ActorStartupException if the singleton actor failed in {@code onStart}
     */
    public ActorProxy<?> proxy(String actorBeanName) {
        return ref(actorBeanName).proxy();
    }

    /**
     * A typed interface proxy of an actor bean.
     *
     * @param actorBeanName the {@code @Actor} bean's name
     * @param api an application interface the actor class implements
     * @return the proxy, an instance of {@code api}
     * @throws ActorStartupException if the singleton actor failed in {@code onStart}
     */
    public Object interfaceProxy(String actorBeanName, Class<?> api) {
        return ref(actorBeanName).proxy(api);
    }

    /**
     * The entities of an entity bean (a prototype {@code @Actor} with an {@link EntityKey @EntityKey}
     * constructor parameter): one actor per key, each incarnation a new instance of the bean. Made
     * once per bean definition (the bean registered for it is a singleton), with the context's
     * {@link EntitySettings} bean ({@code actors.entities.*}), or the defaults when there is none, by
     * the context's {@link EntitiesFactory} (the registry's, local, when there is none).
     * Pekko: {@code ClusterSharding.init(Entity.of(...))}, local.
     *
     * @param actorBeanName the entity bean's name
     * @param keyClass the (boxed) class of its {@code @EntityKey} parameter
     * @return its entities ({@code Entities<K, X>}), none started
     */
    public Entities<?, ?> entities(String actorBeanName, Class<?> keyClass) {
        return entitiesOf(actorBeanName, entityClass(actorBeanName), keyClass);
    }

    @SuppressWarnings("unchecked")
    private <A extends dev.actors.Actor> Entities<?, A> entitiesOf(String actorBeanName, Class<A> actorClass,
            Class<?> keyClass) {
        // Created here, not by an actor start (entities skip it): the context's close must stop them.
        beanFactory.getBeanProvider(ActorsShutdown.class).getIfAvailable();
        EntitySettings settings = beanFactory.getBeanProvider(EntitySettings.class).getIfAvailable(EntitySettings::defaults);
        EntitiesFactory factory = beanFactory.getBeanProvider(EntitiesFactory.class)
                .getIfAvailable(() -> EntitiesFactory.local(beanFactory.getBean(ActorRegistry.class)));
        Entities<Object, A> entities = factory.create(actorBeanName, actorClass, (Class<Object>) keyClass,
                new EntityBeanInstances<>(beanFactory, actorBeanName, actorClass, keyClass), settings);
        beanFactory.getBean(ActorBeans.class).entitiesCreated(actorBeanName, entities);
        return entities;
    }

    @SuppressWarnings("unchecked")
    private Class<? extends dev.actors.Actor> entityClass(String actorBeanName) {
        Class<?> type = beanFactory.getType(actorBeanName);
        if (type == null || !dev.actors.Actor.class.isAssignableFrom(ClassUtils.getUserClass(type))) {
            throw new IllegalStateException("Cannot tell the actor class of entity bean '" + actorBeanName + "' ("
                    + type + ")");
        }
        return (Class<? extends dev.actors.Actor>) ClassUtils.getUserClass(type);
    }
}
