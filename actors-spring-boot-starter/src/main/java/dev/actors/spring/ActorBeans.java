package dev.actors.spring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.actors.ActorListener;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.ActorState;
import dev.actors.Entities;

/**
 * The {@link Actor @Actor} beans of one application context: starts them in the context's
 * {@link ActorRegistry}, remembers which bean each started actor came from, and which
 * singleton actors died of a failure (for the health indicator). A restart keeps the actor's
 * URN, so its entry: a singleton restarted by its restart policy is not a failed one; one
 * that exhausted its restarts has stopped with a failure, and is.
 *
 * <p>Entries for prototype actors are dropped when they stop, so the directory holds the
 * live actors plus one entry per singleton actor bean. Entity actors are not entered one by one:
 * the directory holds the {@link Entities} made for each entity bean, which know their live
 * incarnations ({@link #entityOf}).
 */
public final class ActorBeans implements ActorListener {

    private final ActorRegistry registry;

    /** Keyed by actor URN; written before the actor starts so that a stop event always finds it. */
    private final Map<String, ActorBean> beansByUrn = new ConcurrentHashMap<>();

    private final Map<String, ActorRef<?>> refsByUrn = new ConcurrentHashMap<>();

    private final Queue<FailedActorBean> failedSingletons = new ConcurrentLinkedQueue<>();

    /** Written under {@code this} together with the listeners, so that each listener sees each entry once. */
    private final List<EntitiesBean> entitiesBeans = new CopyOnWriteArrayList<>();

    private final List<Consumer<? super EntitiesBean>> entitiesListeners = new CopyOnWriteArrayList<>();

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
     * @return the bean name (for an entity actor, its entity bean's), or empty when the actor was
     *     not started as a bean of this context
     */
    public Optional<String> beanName(ActorRef<?> ref) {
        ActorBean bean = beansByUrn.get(ref.actorUrn());
        return bean != null ? Optional.of(bean.beanName()) : entityOf(ref).map(EntityIncarnation::beanName);
    }

    /**
     * Records the entities made for an entity bean and tells the listeners.
     *
     * @param beanName the entity bean's name
     * @param entities its entities
     */
    public synchronized void entitiesCreated(String beanName, Entities<?, ?> entities) {
        EntitiesBean created = new EntitiesBean(beanName, entities);
        entitiesBeans.add(created);
        entitiesListeners.forEach(listener -> listener.accept(created));
    }

    /**
     * Calls {@code listener} for the entities made so far, then for each one made later.
     *
     * @param listener called once per entity bean's entities, on the thread that made them
     */
    public synchronized void onEntitiesCreated(Consumer<? super EntitiesBean> listener) {
        entitiesBeans.forEach(listener);
        entitiesListeners.add(listener);
    }

    /**
     * The entities made for the context's entity beans so far.
     *
     * @return a snapshot, in creation order
     */
    public List<EntitiesBean> entities() {
        return List.copyOf(entitiesBeans);
    }

    /**
     * The entity an actor is a live incarnation of.
     *
     * @param ref an actor's ref
     * @return its entity bean and key, or empty when it is no live incarnation of the context's
     *     entity beans
     */
    public Optional<EntityIncarnation> entityOf(ActorRef<?> ref) {
        for (EntitiesBean bean : entitiesBeans) {
            Optional<?> key = bean.entities().keyOf(ref);
            if (key.isPresent()) {
                return Optional.of(new EntityIncarnation(bean.beanName(), key.get()));
            }
        }
        return Optional.empty();
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

    /**
     * The entities made for one entity bean.
     *
     * @param beanName the entity bean's name
     * @param entities its entities
     */
    public record EntitiesBean(String beanName, Entities<?, ?> entities) {
    }

    /**
     * A live entity actor: which entity bean, which key.
     *
     * @param beanName the entity bean's name
     * @param key the entity's key
     */
    public record EntityIncarnation(String beanName, Object key) {
    }
}
