package dev.actors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The running actors of one application (or test, or Spring context), in start order.
 * Thread-safe. {@link #getDefault()} is Pykka's global registry; create more with
 * {@code new ActorRegistry()} so that separate contexts never share or stop each other's
 * actors. Pykka: {@code pykka.ActorRegistry}.
 */
public final class ActorRegistry {

    private static final Logger log = LoggerFactory.getLogger(ActorRegistry.class);
    private static final ActorRegistry DEFAULT = new ActorRegistry();
    private static final Duration DEFAULT_ASK_TIMEOUT = Duration.ofSeconds(30);

    /** By URN, in registration (start) order; guarded by itself. */
    private final Map<String, ActorRef<?>> refs = new LinkedHashMap<>();
    private final List<ActorListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Duration askTimeout = DEFAULT_ASK_TIMEOUT;
    private volatile boolean daemonThreads;
    private volatile MessageHook messageHook;
    private final List<Consumer<? super DeadLetter>> deadLetterListeners = new CopyOnWriteArrayList<>();
    private final DeadLetterLog deadLetterLog = new DeadLetterLog(this::timerScheduler);
    /** Created on first use (a timer, a backoff, an entity sweep, a dead-letter summary); guarded by itself once set. */
    private volatile TimerScheduler timerScheduler;

    /** Creates an empty registry. */
    public ActorRegistry() {
    }

    /**
     * The process-wide registry used by {@link Actor#start(Actor)}. Pykka: {@code ActorRegistry}.
     *
     * @return the default registry
     */
    public static ActorRegistry getDefault() {
        return DEFAULT;
    }

    /**
     * Starts an actor in this registry: registers it, then runs {@link Actor#onStart()} in its
     * own thread. Pykka: {@code MyActor.start()}.
     *
     * @param actor a new, never started actor
     * @param <A> the actor's type
     * @return its ref
     * @throws IllegalStateException if this instance was started before
     */
    public <A extends Actor> ActorRef<A> start(A actor) {
        Objects.requireNonNull(actor, "actor");
        actor.startIn(this, null);
        return announceStarted(actor.actorRef());
    }

    private <A extends Actor> ActorRef<A> announceStarted(ActorRef<A> ref) {
        for (ActorListener listener : listeners) {
            try {
                listener.actorStarted(ref);
            } catch (Throwable listenerFailure) { // an Error too: a listener must never break a start or a stop
                SafeLog.log(log, Level.WARN, "Actor listener {} failed on the start of {}", listener, ref.actor().label(),
                        listenerFailure);
            }
        }
        return ref;
    }

    /**
     * Starts {@code factory.get()} in this registry; when the actor's
     * {@link Actor#restartPolicy()} restarts it, every restart builds a fresh instance with the
     * same factory (on the actor's own thread), behind the same ref and URN. Named apart from
     * {@link #start(Actor)}: {@code start(MyActor::new)} would be ambiguous. Pekko:
     * {@code actorOf(Props(new MyActor))}; Pykka: none.
     *
     * @param factory builds a new, never started instance at each call
     * @param <A> the actor's type
     * @return its ref
     * @throws NullPointerException if {@code factory} is {@code null} or returns {@code null}
     * @throws IllegalStateException if it returns an instance that was started before
     */
    public <A extends Actor> ActorRef<A> startFrom(Supplier<? extends A> factory) {
        Objects.requireNonNull(factory, "factory");
        A first = Objects.requireNonNull(factory.get(), () -> "The factory " + factory + " returned null: return a new actor instance");
        first.startIn(this, factory);
        return announceStarted(first.actorRef());
    }

    /**
     * Entities of one kind in this registry: one actor per key, started by the first message to
     * its key (with {@code factory.apply(key)}) and passivated when idle (see {@link Entities}).
     * Pekko: {@code ClusterSharding.init(Entity.of(...))}, local.
     *
     * @param type the entity actor class (names the kind in metrics and logs, checks proxies)
     * @param factory builds a new instance for a key, at each (re)start of that key's entity
     * @param settings idle timeout and bound on live entities
     * @param <K> the key type
     * @param <A> the entity actor type
     * @return the entities
     */
    public <K, A extends Actor> Entities<K, A> entities(Class<A> type, Function<? super K, ? extends A> factory,
            EntitySettings settings) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(settings, "settings");
        return new LocalEntities<>(this, type, factory, settings);
    }

    /**
     * Every registered actor, in start order. Pykka: {@code get_all()}.
     *
     * @return a snapshot
     */
    public List<ActorRef<?>> getAll() {
        synchronized (refs) {
            return new ArrayList<>(refs.values());
        }
    }

    /**
     * The actors of {@code type} or a subclass of it. Pykka: {@code get_by_class(cls)}.
     *
     * @param type the class
     * @param <A> the class's type
     * @return the matching refs, in start order
     */
    @SuppressWarnings("unchecked")
    public <A extends Actor> List<ActorRef<A>> getByClass(Class<A> type) {
        Objects.requireNonNull(type, "type");
        List<ActorRef<A>> matching = new ArrayList<>();
        for (ActorRef<?> ref : getAll()) {
            if (type.isAssignableFrom(ref.actorClass())) {
                matching.add((ActorRef<A>) ref);
            }
        }
        return matching;
    }

    /**
     * The actors whose exact class (no subclasses, as in Pykka) has this simple, binary
     * ({@code getName()}) or canonical name. Pykka: {@code get_by_class_name(name)}.
     *
     * @param name the class name
     * @return the matching refs, in start order
     */
    public List<ActorRef<?>> getByClassName(String name) {
        Objects.requireNonNull(name, "name");
        List<ActorRef<?>> matching = new ArrayList<>();
        for (ActorRef<?> ref : getAll()) {
            Class<?> type = ref.actorClass();
            if (name.equals(type.getSimpleName()) || name.equals(type.getName()) || name.equals(type.getCanonicalName())) {
                matching.add(ref);
            }
        }
        return matching;
    }

    /**
     * The actor with this URN. Pykka: {@code get_by_urn(urn)}.
     *
     * @param urn the URN
     * @return the ref, or empty if no registered actor has it
     */
    public Optional<ActorRef<?>> getByUrn(String urn) {
        synchronized (refs) {
            return Optional.ofNullable(refs.get(urn));
        }
    }

    /**
     * Tells every registered actor. Actors that die meanwhile are skipped.
     * Pykka: {@code broadcast(message)}.
     *
     * @param message the message
     */
    public void broadcast(Object message) {
        tellEach(getAll(), message);
    }

    /**
     * Tells every registered actor of {@code target} or a subclass of it.
     * Pykka: {@code broadcast(message, target_class=cls)}.
     *
     * @param message the message
     * @param target the class
     */
    public void broadcast(Object message, Class<?> target) {
        Objects.requireNonNull(target, "target");
        tellEach(getAll().stream().filter(ref -> target.isAssignableFrom(ref.actorClass())).toList(), message);
    }

    /**
     * Tells every registered actor whose exact class has this name (as {@link #getByClassName}).
     * Pykka: {@code broadcast(message, target_class="Name")}.
     *
     * @param message the message
     * @param targetClassName the class name
     */
    public void broadcast(Object message, String targetClassName) {
        tellEach(getByClassName(targetClassName), message);
    }

    /**
     * Stops every registered actor, last started first, waiting for each before the next.
     * Pykka: {@code stop_all()}.
     *
     * @return one result per actor, as {@link ActorRef#stop()}, in stop order
     */
    public List<Boolean> stopAll() {
        return stopAll(null);
    }

    /**
     * Stops every registered actor, last started first, waiting at most {@code timeout} for
     * each (as in Pykka). An actor that does not stop in time does not keep the others from
     * being stopped. Pykka: {@code stop_all(timeout=...)}.
     *
     * @param timeout per actor; {@code null} waits forever
     * @return one result per actor, in stop order ({@code false} for those already dead); called
     *     from an actor's handler, that actor is sent a stop without waiting (it would deadlock)
     * @throws ActorTimeoutException at the end, naming every actor that did not stop in time
     *     (they were sent a stop and may still stop later)
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    public List<Boolean> stopAll(Duration timeout) {
        Timeouts.toNanos(timeout, "ActorRegistry.stopAll");
        List<ActorRef<?>> lifo = getAll().reversed();
        List<Boolean> results = new ArrayList<>(lifo.size());
        List<ActorRef<?>> laggards = new ArrayList<>();
        for (ActorRef<?> ref : lifo) {
            if (ref.actor().isHandledByCurrentThread()) {
                ref.stopAsync(); // the caller's own actor: it stops once the current message is done
                results.add(Boolean.TRUE);
                continue;
            }
            try {
                results.add(ref.stop(timeout));
            } catch (ActorTimeoutException slow) {
                laggards.add(ref);
            }
        }
        if (!laggards.isEmpty()) {
            throw new ActorTimeoutException(laggards.size() + " actor(s) did not stop within " + timeout + " each: "
                    + laggards.stream().map(laggard -> laggard.actor().label()).toList()
                    + ". They were sent a stop and will stop once their current message is done");
        }
        return results;
    }

    /**
     * Sends a stop to every registered actor, last started first, without waiting.
     * Pykka: {@code stop_all(block=False)}.
     *
     * @return one future per actor, in stop order
     */
    public List<ActorFuture<Boolean>> stopAllAsync() {
        return getAll().reversed().stream().map(ActorRef::stopAsync).toList();
    }

    /**
     * Adds a ref; done by start. Registering twice is a no-op. Pykka: {@code register(ref)}.
     *
     * @param ref the ref
     */
    public void register(ActorRef<?> ref) {
        Objects.requireNonNull(ref, "ref");
        synchronized (refs) {
            refs.putIfAbsent(ref.actorUrn(), ref);
        }
        SafeLog.log(log, Level.DEBUG, "Registered {}", ref.actor().label());
    }

    /**
     * Removes a ref; done when the actor stops. Unregistering an absent ref is a no-op.
     * Pykka: {@code unregister(ref)}.
     *
     * @param ref the ref
     */
    public void unregister(ActorRef<?> ref) {
        Objects.requireNonNull(ref, "ref");
        boolean removed;
        synchronized (refs) {
            removed = refs.remove(ref.actorUrn(), ref);
        }
        SafeLog.log(log, Level.DEBUG, removed ? "Unregistered {}" : "Unregistered {} (not found in registry)", ref.actor().label());
    }

    /**
     * How long a blocking typed-proxy call waits for its reply, read at each call.
     *
     * @return the ask timeout, 30 seconds by default
     */
    public Duration askTimeout() {
        return askTimeout;
    }

    /**
     * Sets how long a blocking typed-proxy call waits for its reply.
     *
     * @param timeout a positive duration
     * @throws IllegalArgumentException if {@code timeout} is null, zero or negative
     */
    public void setAskTimeout(Duration timeout) {
        askTimeout = Timeouts.requirePositive(timeout, "The ask timeout");
    }

    /**
     * Whether every {@link ThreadingActor} started in this registry runs on a daemon thread,
     * whatever its {@link ThreadingActor#useDaemonThread()} says.
     *
     * @return {@code false} by default
     */
    public boolean daemonThreads() {
        return daemonThreads;
    }

    /**
     * Makes every {@link ThreadingActor} started from now on in this registry run on a daemon
     * thread (virtual threads always are). For containers such as Spring that own the actors'
     * lifecycle: an actor stuck after its container closed must not keep the JVM alive.
     * Pykka has no equivalent.
     *
     * @param daemon {@code true} to force daemon threads
     */
    public void setDaemonThreads(boolean daemon) {
        daemonThreads = daemon;
    }

    /**
     * Sets the hook that carries context from senders to this registry's actors and brackets
     * every handled message (see {@link MessageHook}); {@code null} removes it. Messages already
     * queued are handled with the hook registered when they are handled (their captured value is
     * then {@code null} if none was registered when they were sent). Pykka has no equivalent.
     *
     * @param hook the hook, or {@code null} for none (the default)
     */
    public void setMessageHook(MessageHook hook) {
        messageHook = hook;
    }

    /**
     * The hook set with {@link #setMessageHook}, or {@code null}.
     *
     * @return the hook, or {@code null} if none is set
     */
    public MessageHook messageHook() {
        return messageHook;
    }

    /**
     * Adds a listener told about every actor started in or stopped from this registry.
     *
     * @param listener the listener
     */
    public void addListener(ActorListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Removes a listener added before.
     *
     * @param listener the listener
     */
    public void removeListener(ActorListener listener) {
        listeners.remove(listener);
    }

    /**
     * Adds a listener called for each dead letter of this registry's actors (see
     * {@link DeadLetter}), on the thread that produced it: the sender's for {@code REFUSED}, the
     * actor's for {@code DROPPED} and {@code FAILED}. It must be quick; whatever it throws is
     * logged at WARN and never harms an actor or a sender. Pekko: subscribing to
     * {@code DeadLetter} on the event stream.
     *
     * @param listener the listener
     * @return closing it removes the listener (idempotent)
     */
    public AutoCloseable addDeadLetterListener(Consumer<? super DeadLetter> listener) {
        Objects.requireNonNull(listener, "listener");
        deadLetterListeners.add(listener);
        return () -> deadLetterListeners.remove(listener);
    }

    /** Publishes a dead letter: the listeners, then the rate-limited WARN log (not for FAILED). */
    void deadLetter(ActorRef<?> recipient, Object message, DeadLetter.Reason reason) {
        DeadLetter deadLetter = new DeadLetter(recipient, message, reason);
        for (Consumer<? super DeadLetter> listener : deadLetterListeners) {
            try {
                listener.accept(deadLetter);
            } catch (Throwable listenerFailure) { // an Error too: a listener must never harm an actor
                SafeLog.log(log, Level.WARN, "Dead letter listener {} failed on a dead letter ({}) of {}", listener, reason,
                        recipient.actor().label(), listenerFailure);
            }
        }
        try {
            deadLetterLog.log(deadLetter);
        } catch (Throwable logFailure) {
            // SafeLog never throws; this guards the bookkeeping (an OutOfMemoryError, say): a dead
            // letter must never keep an actor from finishing its drain.
        }
    }

    /** This registry's scheduler, created on first use. */
    TimerScheduler timerScheduler() {
        TimerScheduler scheduler = timerScheduler;
        if (scheduler == null) {
            synchronized (this) {
                scheduler = timerScheduler;
                if (scheduler == null) {
                    scheduler = new TimerScheduler();
                    timerScheduler = scheduler;
                }
            }
        }
        return scheduler;
    }

    void notifyRestarted(ActorRef<?> ref, Throwable cause) {
        for (ActorListener listener : listeners) {
            try {
                listener.restarted(ref, cause);
            } catch (Throwable listenerFailure) { // an Error too: a listener must never break a restart
                SafeLog.log(log, Level.WARN, "Actor listener {} failed on the restart of {}", listener, ref.actor().label(),
                        listenerFailure);
            }
        }
    }

    void notifyStopped(ActorRef<?> ref, Optional<Throwable> failure) {
        for (ActorListener listener : listeners) {
            try {
                listener.actorStopped(ref, failure);
            } catch (Throwable listenerFailure) { // an Error too: a listener must never break a start or a stop
                SafeLog.log(log, Level.WARN, "Actor listener {} failed on the stop of {}", listener, ref.actor().label(),
                        listenerFailure);
            }
        }
    }

    private static void tellEach(List<ActorRef<?>> targets, Object message) {
        Objects.requireNonNull(message, "message");
        for (ActorRef<?> ref : targets) {
            try {
                ref.tell(message);
            } catch (ActorDeadException diedMeanwhile) {
                SafeLog.log(log, Level.DEBUG, "Broadcast skipped {}: it stopped meanwhile", ref.actor().label());
            }
        }
    }
}
