package dev.actors.spring;

import dev.actors.ActorProxy;
import dev.actors.ActorRef;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;

/**
 * The factory bean of what other beans inject instead of an {@link Actor @Actor} bean: the
 * bean definitions that {@link ActorBeanDefinitionRegistrar} registers for each actor bean
 * name this bean and one of its methods as factory method, with the actor bean's name (and
 * the interface) as arguments. Plain factory methods rather than instance suppliers, so that
 * Spring AOT can generate the registrations ({@code spring-boot:process-aot}).
 *
 * <p>Each method resolves the actor bean first, which starts it (for a lazy or prototype
 * actor, this is when it starts), then hands out what the runtime made for it, the Spring
 * counterpart of Pykka's {@code actor_ref} and {@code actor_ref.proxy()}.
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
}
