package dev.actors.spring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import dev.actors.ActorListener;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.ActorState;

/**
 * The {@link Actor @Actor} beans of one application context: starts them in the context's
 * {@link ActorRegistry}, remembers which bean each started actor came from, and which
 * singleton actors died of a failure (for the health indicator). A restart keeps the actor's
 * URN, so its entry: a singleton restarted by its restart policy is not a failed one; one
 * that exhausted its restarts has stopped with a failure, and is.
 *
 * <p>Entries for prototype actors are dropped when they stop, so the directory holds the
 * live actors plus one entry per singleton actor bean.
 */
public final class ActorBeans implements ActorListener {

    private final ActorRegistry registry;

    /** Keyed by actor URN; written before the actor starts so that a stop event always finds it. */
    private final Map<String, ActorBean> beansByUrn = new ConcurrentHashMap<>();

    private final Map<String, ActorRef<?>> refsByUrn = new ConcurrentHashMap<>();

    private final Queue<FailedActorBean> failedSingletons = new ConcurrentLinkedQueue<>();

    /**
     * Creates the directory and subscribes it to the registry's start and stop events.
     *
     * @param registry the context's registry, in which actor beans are started
     */
    public ActorBeans(ActorRegistry registry) {
        this.registry = registry;
        registry.addListener(this);
    }

    /**
     * Starts an actor bean in the context's registry, from a factory
     * ({@link ActorRegistry#startFrom}) so that the actor's restart policy, whatever it is, can
     * build its new instances from the bean definition.
     *
     * @param beanName the bean's name
     * @param singleton whether the bean is a singleton (only singletons affect health)
     * @param instances the bean's instances: the initialised bean first, then one per restart
     * @param <A> the actor type
     * @return the started actor's ref
     */
    public <A extends dev.actors.Actor> ActorRef<A> start(String beanName, boolean singleton,
            ActorBeanIncarnations<A> instances) {
        String urn = instances.first().actorUrn();
        beansByUrn.put(urn, new ActorBean(beanName, singleton));
        ActorRef<A> ref = registry.startFrom(instances);
        refsByUrn.put(urn, ref);
        // A prototype that died while starting had its stop event before this put: drop it
        // here (ConcurrentHashMap orders the two writers; removing twice is harmless).
        if (!singleton && ref.state() == ActorState.STOPPED) {
            refsByUrn.remove(urn);
        }
        return ref;
    }

    /**
     * The ref of an actor bean started by {@link #start}.
     *
     * @param actor the bean instance
     * @return its ref
     * @throws IllegalStateException if the actor was not started here, or was a prototype
     *     that already stopped (its {@code onStart} failed: see the log)
     */
    public ActorRef<?> refOf(dev.actors.Actor actor) {
        ActorRef<?> ref = refsByUrn.get(actor.actorUrn());
        if (ref == null) {
            throw new IllegalStateException(actor + " is not a started actor bean of this context; if it is a "
                    + "prototype @Actor it stopped before its ref could be handed out (see the log for its onStart failure)");
        }
        return ref;
    }

    /**
     * The name of the bean an actor came from.
     *
     * @param ref an actor's ref
     * @return the bean name, or empty when the actor was not started as a bean of this context
     */
    public Optional<String> beanName(ActorRef<?> ref) {
        return Optional.ofNullable(beansByUrn.get(ref.actorUrn())).map(ActorBean::beanName);
    }

    /**
     * Singleton actor beans that died of a failure, in the order they died.
     *
     * @return a snapshot
     */
    public List<FailedActorBean> failedSingletons() {
        return List.copyOf(failedSingletons);
    }

    /** Records a singleton that died of a failure and forgets stopped prototypes. */
    @Override
    public void actorStopped(ActorRef<?> ref, Optional<Throwable> failure) {
        String urn = ref.actorUrn();
        ActorBean bean = beansByUrn.get(urn);
        if (bean == null) {
            return;
        }
        if (!bean.singleton()) {
            beansByUrn.remove(urn);
            refsByUrn.remove(urn);
        }
        else {
            failure.ifPresent(cause -> failedSingletons.add(new FailedActorBean(bean.beanName(), ref, cause)));
        }
    }

    private record ActorBean(String beanName, boolean singleton) {
    }

    /**
     * A singleton actor bean that died of a failure.
     *
     * @param beanName the bean's name
     * @param ref the dead actor's ref
     * @param failure what killed it
     */
    public record FailedActorBean(String beanName, ActorRef<?> ref, Throwable failure) {
    }
}
