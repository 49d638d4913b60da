package dev.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The in-JVM {@link Entities}: a map from key to {@link EntitySlot} (which holds the key's
 * incarnation and what waits for one, and says how a message racing with a passivation is kept),
 * the live incarnations by ref (for their ends and {@link #keyOf}), an {@link IdleSweep} when
 * there is an idle timeout and an {@link EntityLru} when {@code maxLive} is bounded.
 *
 * <p>An incarnation's end is learnt from an {@link ActorListener} on the registry (added when these
 * entities are made, before any start): it runs on the incarnation's thread after its {@code onStop} and its last future,
 * and it is there that the next incarnation starts when messages wait.
 */
final class LocalEntities<K, A extends Actor> implements Entities<K, A> {

    private static final Logger log = LoggerFactory.getLogger(Entities.class);

    private final ActorRegistry registry;
    private final Class<A> type;
    private final Function<? super K, ? extends A> factory;
    private final EntitySettings settings;
    private final ConcurrentHashMap<K, EntitySlot<K>> slots = new ConcurrentHashMap<>();
    /** The incarnations built and not yet ended, by ref: registered before their launch, so no end is missed. */
    private final ConcurrentHashMap<ActorRef<?>, EntitySlot<K>> incarnations = new ConcurrentHashMap<>();
    private final Function<K, EntitySlot<K>> newSlot = key -> new EntitySlot<>(this, key);
    /** {@code null} when {@code maxLive} is unbounded: no bookkeeping per message then. */
    private final EntityLru lru;
    /** {@code null} when the idle timeout is zero (never). */
    private final IdleSweep sweep;
    private final LongAdder passivations = new LongAdder();
    private final ActorListener ends = new ActorListener() {
        @Override
        public void actorStopped(ActorRef<?> ref, Optional<Throwable> failure) {
            EntitySlot<K> slot = incarnations.remove(ref);
            if (slot != null) {
                slot.ended(ref.actor());
            }
        }
    };

    LocalEntities(ActorRegistry registry, Class<A> type, Function<? super K, ? extends A> factory, EntitySettings settings) {
        this.registry = registry;
        this.type = type;
        this.factory = factory;
        this.settings = settings;
        this.lru = settings.maxLive() == Integer.MAX_VALUE ? null : new EntityLru(settings.maxLive());
        this.sweep = settings.idleTimeout().isZero() ? null : new IdleSweep(registry::timerScheduler, slots.values(),
                settings.idleTimeout());
        registry.addListener(ends); // before any incarnation can start, so that no end is missed
    }

    @Override
    public Class<A> entityType() {
        return type;
    }

    @Override
    public EntitySettings settings() {
        return settings;
    }

    @Override
    public EntityRef<K, A> ref(K key) {
        return new LocalEntityRef<>(this, requireKey(key));
    }

    @Override
    public void tell(K key, Object message) {
        EntitySlot<K> slot = slotFor(requireKey(key));
        deliver(slot, Envelope.tell(LocalEntityRef.requireMessage(message)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> ActorFuture<R> ask(K key, Object message) {
        EntitySlot<K> slot = slotFor(requireKey(key));
        ThreadingFuture<Object> reply = new ThreadingFuture<>(slot.incarnation());
        deliver(slot, Envelope.ask(LocalEntityRef.requireMessage(message), reply));
        return (ActorFuture<R>) reply;
    }

    @Override
    public int liveCount() {
        return incarnations.size();
    }

    @Override
    public Set<K> liveKeys() {
        return incarnations.values().stream().map(slot -> slot.key).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public long passivations() {
        return passivations.sum();
    }

    @Override
    public Optional<K> keyOf(ActorRef<?> ref) {
        Objects.requireNonNull(ref, "ref");
        EntitySlot<K> slot = incarnations.get(ref);
        return slot == null ? Optional.empty() : Optional.of(slot.key);
    }

    /**
     * {@code AccountActor entities}: the kind.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return kind() + " entities";
    }

    /** How many keys have a slot now (live, starting, stopping or with messages waiting): for tests. */
    int slotCount() {
        return slots.size();
    }

    /** The key's slot if it has one, without making one. */
    EntitySlot<K> existingSlot(K key) {
        return slots.get(key);
    }

    /** The key's slot, made if needed: only for a message about to be delivered through it (a slot must not idle unused). */
    EntitySlot<K> slotFor(K key) {
        EntitySlot<K> slot = slots.get(key);
        return slot != null ? slot : slots.computeIfAbsent(key, newSlot);
    }

    /**
     * Sends through {@code first} (possibly a cached slot), to its live incarnation or into its
     * buffer, and through a fresh slot if that one is gone.
     *
     * @return the slot that took the message
     */
    EntitySlot<K> deliver(EntitySlot<K> first, Envelope envelope) {
        EntitySlot<K> slot = first;
        for (;;) {
            if (slot.trySendLive(envelope)) {
                return slot;
            }
            switch (slot.enqueue(envelope)) {
                case WAITING -> {
                    return slot;
                }
                case GONE -> slot = slotFor(slot.key);
                case LIVE_AGAIN -> { } // send it directly
            }
        }
    }

    /** Starts the next incarnation of {@code slot}'s key, in the caller's thread. */
    Actor startIncarnation(EntitySlot<K> slot) {
        return registry.startFrom(() -> build(slot)).actor();
    }

    /** The factory, at each start and each restart by a restart policy (then on the actor's thread). */
    private A build(EntitySlot<K> slot) {
        A instance = factory.apply(slot.key);
        if (instance == null) {
            throw new IllegalStateException("The factory of the " + this + " returned null for the key " + describe(slot.key)
                    + ": return a new actor instance from each call");
        }
        if (!type.isInstance(instance)) {
            throw new IllegalStateException("The factory of the " + this + " returned a " + instance.getClass().getName()
                    + " for the key " + describe(slot.key) + ", not a " + type.getName());
        }
        if (instance.state() != ActorState.NEW) {
            throw new IllegalStateException("The factory of the " + this + " returned " + instance.label() + " for the key "
                    + describe(slot.key) + ", an actor that was already started: return a new instance from each call "
                    + "(the entities start it)");
        }
        ActorRef<?> ref = instance.actorRef();
        if (incarnations.putIfAbsent(ref, slot) == null) { // a restart by its policy keeps the ref
            slot.built(ref.actor());
            if (sweep != null) {
                sweep.ensureScheduled();
            }
        }
        return instance;
    }

    /** A message is being sent to {@code slot}'s live incarnation. */
    void touched(EntitySlot<K> slot) {
        if (lru != null) {
            lru.touch(slot);
        }
    }

    /** A message went to a live incarnation: with {@code maxLive}, evicts what an earlier eviction had to skip. */
    void sentLive() {
        if (lru != null && lru.isOver()) {
            passivateAll(lru.evictExcess());
        }
    }

    void becameLive(EntitySlot<K> slot) {
        if (lru != null) {
            passivateAll(lru.add(slot));
        }
    }

    private void passivateAll(List<EntityLru.Victim> victims) {
        for (EntityLru.Victim victim : victims) {
            passivated(victim.slot(), victim.incarnation(), "least recently used of more than maxLive " + settings.maxLive());
        }
    }

    void leftLive(EntitySlot<K> slot) {
        if (lru != null) {
            lru.remove(slot);
        }
    }

    /** {@code slot} was moved from LIVE to STOPPING by a passivation: stop its incarnation (its queued messages first). */
    void passivated(EntitySlot<?> slot, Actor incarnation, String why) {
        passivations.increment();
        if (log.isDebugEnabled()) {
            SafeLog.log(log, Level.DEBUG, "Passivating {} of key {} ({})", incarnation.label(), describe(slot.key), why);
        }
        incarnation.requestStop();
    }

    void removed(EntitySlot<K> slot) {
        slots.remove(slot.key, slot);
    }

    /** A message that will be sent later from another thread: its context is captured now, on the sender's. */
    void captureContext(Envelope envelope, Actor recipient) {
        MessageHook hook = registry.messageHook();
        if (hook != null) {
            if (recipient != null) { // none before the key's first incarnation is built: it is then handled without
                MessageHooks.capture(hook, recipient, envelope);
            }
            envelope.contextCaptured = true;
        }
    }

    /** A message that waited for {@code incarnation}, which stopped before taking it: as its mailbox's leftovers. */
    void dropped(Actor incarnation, Envelope envelope) {
        if (envelope.reply != null) {
            envelope.reply.fail(new ActorDeadException(incarnation.label() + " stopped before handling the message"));
        }
        registry.deadLetter(incarnation.actorRef(), envelope.message, DeadLetter.Reason.DROPPED);
    }

    /** A waiting message whose send failed for another reason than the incarnation's stop (its future has the cause). */
    void failedSend(Actor incarnation, Envelope envelope, Throwable cause) {
        if (envelope.reply != null) {
            envelope.reply.fail(cause);
        } else {
            SafeLog.log(log, Level.ERROR, "A message that waited for {} could not be sent to it: {}", incarnation.label(),
                    envelope.message, cause);
        }
    }

    /** The factory (or the start) failed: what waited for this start fails with the cause, and the next message tries again. */
    void startFailed(EntitySlot<K> slot, Actor built, WaitingMessages waited, Throwable cause) {
        if (built != null) {
            incarnations.remove(built.actorRef(), slot);
        }
        int asks = 0;
        List<Object> told = new ArrayList<>();
        for (Envelope envelope : waited == null ? List.<Envelope>of() : waited) { // null: nothing waited
            if (envelope.reply != null) {
                envelope.reply.fail(cause);
                asks++;
            } else {
                told.add(envelope.message);
            }
        }
        SafeLog.log(log, Level.ERROR, "Could not start the {} entity of key {}: {} ask(s) waiting for it failed with this "
                + "exception, {} told message(s) not delivered: {}. The next message to the key tries again", kind(),
                describe(slot.key), asks, told.size(), told, cause);
    }

    ActorRegistry registry() {
        return registry;
    }

    String kind() {
        return Actor.displayName(type);
    }

    /** The key as text for errors and logs, even when its {@code toString()} throws. */
    static String describe(Object key) {
        try {
            return String.valueOf(key);
        } catch (RuntimeException | Error unprintable) {
            return key.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(key));
        }
    }

    private K requireKey(K key) {
        return Objects.requireNonNull(key, () -> "The key of an entity must not be null (the " + this + "): pass the id or "
                + "name the entity stands for");
    }
}
