package dev.actors.cluster.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import dev.actors.Actor;
import dev.actors.ActorRegistry;
import dev.actors.Entities;
import dev.actors.EntitySettings;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entities across the members of a Hazelcast cluster: each key's entity runs on the member that
 * owns the key's Hazelcast partition, and a message sent from any member goes there. One per
 * member (per {@link HazelcastInstance}); {@link #entities} makes the cluster-wide {@link Entities}
 * of one kind, with the same API as the local ones. Pekko: {@code ClusterSharding}.
 *
 * <p>Guarantees (see docs/cluster.md for the design):
 * <ul>
 * <li>At most one live entity per key in a healthy cluster: a member runs the entities of a
 *     partition only while it holds the partition's lease (an IMap entry with a synchronous
 *     backup); a partition that moves is handed over (its entities passivated, {@code onStop}
 *     run, on the old owner) before the new owner starts them.</li>
 * <li>Messages from one sender thread to one key are handled in send order, also while the
 *     key's partition moves.</li>
 * <li>Keys, messages, interface-call arguments and replies must be serializable (Java or
 *     Hazelcast Compact); what is not fails at the send with {@link EntityNotSerializableException}.
 *     Lambdas stay local-only. A send whose owner is this member takes the local path: the
 *     message is passed as it is.</li>
 * <li>An ask always ends: with its reply, with {@link EntityUnreachableException} when the owner
 *     left the cluster before answering, or with {@link dev.actors.ActorTimeoutException} at the
 *     ask timeout. A tell to a member that crashes is at-most-once (lost tells are logged).</li>
 * <li>Below {@link ClusterSettings#minimumClusterSize()} a member runs no entity: sends through
 *     it fail with {@link MinimumClusterSizeException}.</li>
 * </ul>
 *
 * <p>Leave gracefully with {@link #close()} before shutting Hazelcast down: it hands every
 * partition over. A Hazelcast shutdown or termination without it is, for the other members, a
 * crash: they take the partitions over once this member has left.
 */
public final class EntityCluster implements AutoCloseable {

    /** The name of the Hazelcast executor that carries messages and replies between members. */
    public static final String EXECUTOR = "actors.cluster";
    /** The prefix of the state stores' IMap names. */
    public static final String STATE_MAP_PREFIX = "actors.state.";

    private static final Logger log = LoggerFactory.getLogger(EntityCluster.class);
    private static final String CONTEXT_KEY = EntityCluster.class.getName();

    private final HazelcastInstance hazelcast;
    private final ActorRegistry registry;
    private final ClusterSettings settings;
    private final UUID local;
    private final ClusterCounters counters = new ClusterCounters();
    private final Payloads payloads;
    private final LostTells lostTells;
    private final Partitions partitions;
    private final Leases leases;
    private final ScheduledThreadPoolExecutor timers;
    private final ExecutorService localDeliveries;
    private final PendingAsks pendingAsks;
    private final ReplyMailer replies;
    private final BlockingCallChains chains = new BlockingCallChains();
    private final IncarnationTracker tracker;
    private final Handoff handoff;
    private final Receiver receiver;
    private final Outboxes outboxes;
    private final ClusterWatch watch;
    private final ConcurrentHashMap<String, EntityHost<?, ?>> hosts = new ConcurrentHashMap<>();
    private final Admission admission;
    private final AtomicBoolean closing = new AtomicBoolean();

    private EntityCluster(HazelcastInstance hazelcast, ActorRegistry registry, ClusterSettings settings) {
        this.hazelcast = hazelcast;
        this.registry = registry;
        this.settings = settings;
        this.local = hazelcast.getCluster().getLocalMember().getUuid();
        this.payloads = new Payloads(hazelcast);
        this.lostTells = new LostTells(payloads);
        this.partitions = new Partitions(hazelcast, payloads);
        IExecutorService executor = hazelcast.getExecutorService(EXECUTOR);
        this.leases = new Leases(hazelcast, partitions, executor, counters);
        this.timers = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().daemon().name("actors-cluster-timer").factory());
        timers.setRemoveOnCancelPolicy(true);
        this.localDeliveries = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("actors-cluster-local").factory());
        this.pendingAsks = new PendingAsks(timers, payloads, counters);
        this.replies = new ReplyMailer(hazelcast, executor, payloads, pendingAsks, counters);
        this.tracker = new IncarnationTracker(local, leases);
        this.handoff = new Handoff(leases, tracker, this::localEntitiesOf, settings.handoffTimeout(), counters);
        this.admission = new Admission(hazelcast, settings.minimumClusterSize(), handoff);
        this.receiver = new Receiver(leases, hosts::get, admission::deliveryState);
        Transport transport = new Transport(local, partitions, executor, receiver, pendingAsks, timers, localDeliveries,
                counters, lostTells);
        this.outboxes = new Outboxes(partitions.count(), transport);
        this.watch = new ClusterWatch(this, local);
    }

    /**
     * {@link #start(HazelcastInstance, ActorRegistry, ClusterSettings)} with the default settings.
     *
     * @param hazelcast this member's Hazelcast instance (an embedded member, not a client)
     * @param registry the registry the entities run in
     * @return the entity cluster
     */
    public static EntityCluster start(HazelcastInstance hazelcast, ActorRegistry registry) {
        return start(hazelcast, registry, ClusterSettings.defaults());
    }

    /**
     * Starts the entity cluster of this member.
     *
     * @param hazelcast this member's Hazelcast instance (an embedded member, not a client)
     * @param registry the registry the entities run in
     * @param settings the settings
     * @return the entity cluster
     * @throws IllegalStateException if one is running on this instance already
     * @throws IllegalArgumentException if {@code hazelcast} is a client
     */
    public static EntityCluster start(HazelcastInstance hazelcast, ActorRegistry registry, ClusterSettings settings) {
        Objects.requireNonNull(hazelcast, "hazelcast");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(settings, "settings");
        Payloads.requireMember(hazelcast);
        HazelcastSetup.configure(hazelcast);
        EntityCluster cluster = new EntityCluster(hazelcast, registry, settings);
        Object running = hazelcast.getUserContext().putIfAbsent(CONTEXT_KEY, cluster);
        if (running != null) {
            cluster.stopThreads();
            throw new IllegalStateException("An EntityCluster runs on this Hazelcast member already (" + running
                    + "): make one per member and share it");
        }
        registry.addListener(cluster.tracker);
        cluster.watch.register(hazelcast);
        cluster.membersChanged(hazelcast.getCluster().getMembers().size()); // a change before the listener was added
        log.info("Entity cluster started on member {} ({} partitions, {} members, minimum {})", cluster.local,
                cluster.partitions.count(), hazelcast.getCluster().getMembers().size(), settings.minimumClusterSize());
        return cluster;
    }

    /**
     * The cluster-wide entities of one kind: {@code factory} runs on the member owning each key
     * (this member's, for the keys it owns). Every member must make the same kinds (same class,
     * same name); a member receiving messages for a kind it has not made yet keeps them waiting
     * until it does, or until the ask timeout. Pekko: {@code ClusterSharding.init(Entity.of(...))}.
     *
     * @param type the entity class; its name names the kind across the cluster
     * @param factory builds the entity of a key (on the owner)
     * @param entitySettings idle timeout and bound on live entities, per member
     * @param <K> the key type (serializable, with {@code equals}/{@code hashCode})
     * @param <A> the entity type
     * @return the entities
     * @throws IllegalStateException if this kind was made on this member already, or this cluster is closed
     */
    public <K, A extends Actor> Entities<K, A> entities(Class<A> type, Function<? super K, ? extends A> factory,
            EntitySettings entitySettings) {
        return entities(type, null, factory, entitySettings);
    }

    /**
     * {@link #entities(Class, Function, EntitySettings)} with the key type, refused here if no key
     * of it could ever be serialized (a final class that neither Java serialization, a configured
     * serializer nor zero-config Compact takes); a type its class does not settle is checked at
     * each key's first send, as without it.
     *
     * @param type the entity class; its name names the kind across the cluster
     * @param keyType the key type, or {@code null} not to check it
     * @param factory builds the entity of a key (on the owner)
     * @param entitySettings idle timeout and bound on live entities, per member
     * @param <K> the key type (serializable, with {@code equals}/{@code hashCode})
     * @param <A> the entity type
     * @return the entities
     * @throws EntityNotSerializableException if no key of {@code keyType} could be serialized
     * @throws IllegalStateException if this kind was made on this member already, or this cluster is closed
     */
    public <K, A extends Actor> Entities<K, A> entities(Class<A> type, Class<K> keyType,
            Function<? super K, ? extends A> factory, EntitySettings entitySettings) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(entitySettings, "settings");
        if (admission.isClosed()) {
            throw new IllegalStateException("This EntityCluster is closed: no entities can be made on it");
        }
        String kind = type.getName();
        String label = type.getSimpleName();
        if (keyType != null) {
            payloads.requireSerializableKeyType(keyType, label);
        }
        Function<K, A> guarded = tracker.guard(kind, label, factory,
                key -> partitions.of(key, () -> "a key of the " + label + " entities"));
        Entities<K, A> local = registry.entities(type, guarded, entitySettings);
        ClusteredEntities<K, A> entities = new ClusteredEntities<>(this, kind, label, local);
        EntityHost<K, A> host = new EntityHost<>(kind, label, local, payloads, chains, replies);
        if (hosts.putIfAbsent(kind, host) != null) {
            throw new IllegalStateException("Clustered " + label + " entities were made on this member already: make them "
                    + "once per member and share them");
        }
        return entities;
    }

    /**
     * A state store for entities: the IMap {@code actors.state.<name>}, written with its synchronous
     * backup (a map configured without backups is logged at WARN: a crash would lose states).
     *
     * @param name the store's name (the entity kind's simple name is typical)
     * @param <K> the key type
     * @param <S> the state type (serializable)
     * @return the store
     */
    public <K, S> EntityStateStore<K, S> stateStore(String name) {
        return EntityStateStore.open(hazelcast, STATE_MAP_PREFIX + Objects.requireNonNull(name, "name"));
    }

    /**
     * What this member's entity cluster looks like now.
     *
     * @return a snapshot
     */
    public ClusterStatus status() {
        int size = hazelcast.getLifecycleService().isRunning() ? hazelcast.getCluster().getMembers().size() : 0;
        String address = hazelcast.getLifecycleService().isRunning()
                ? hazelcast.getCluster().getLocalMember().getAddress().toString() : "";
        return new ClusterStatus(local.toString(), address, size, settings.minimumClusterSize(),
                size == 0 ? 0 : partitions.ownedLocallyCount(), leases.heldCount(), tracker.size(), pendingAsks.size(),
                List.copyOf(hosts.keySet()), !admission.isClosed());
    }

    /**
     * The entity kinds made on this member, each with its entities on this member now.
     *
     * @return one status per kind, by kind name
     */
    public List<ClusteredKindStatus> kinds() {
        return hosts.values().stream().map(EntityHost::status).sorted(Comparator.comparing(ClusteredKindStatus::kind)).toList();
    }

    /**
     * Adds a listener of this member's {@link ClusterDeadLetter}s: told messages (tells and
     * {@code void} interface calls) to remote entities that were not delivered, or may not have
     * been (a tell across members is at-most-once). Called on the thread that found the message
     * lost (a Hazelcast response thread or one of the cluster's own); a listener that throws is
     * logged and harms nothing. Lost asks are not dead letters: their futures fail instead. Pekko:
     * subscribing to {@code DeadLetter} on the event stream.
     *
     * @param listener called once per lost told message
     * @return closing it removes the listener
     */
    public AutoCloseable addDeadLetterListener(Consumer<? super ClusterDeadLetter> listener) {
        return lostTells.addListener(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * What this member's entity cluster has done so far.
     *
     * @return the counters
     */
    public ClusterCounters counters() {
        return counters;
    }

    /**
     * The settings.
     *
     * @return the settings
     */
    public ClusterSettings settings() {
        return settings;
    }

    /**
     * This member's Hazelcast instance.
     *
     * @return the instance
     */
    public HazelcastInstance hazelcast() {
        return hazelcast;
    }

    /**
     * Leaves gracefully: refuses new messages (senders retry with the next owner), lets this
     * member's messages already on their way arrive, hands every
     * partition this member holds over (its entities are passivated, {@code onStop} runs, each
     * partition waiting at most the handoff timeout), and fails the remote asks still waiting.
     * Call it before shutting the Hazelcast instance down; idempotent. Pekko: the graceful
     * shard handoff of {@code CoordinatedShutdown}.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        if (admission.close()) { // not after a Hazelcast shutdown: nothing can be handed over then
            outboxes.awaitIdle(System.nanoTime() + settings.handoffTimeout().toNanos());
            handoff.handOverAll("this member is leaving");
        }
        pendingAsks.closeAll("this member's entity cluster closed");
        watch.unregister(hazelcast);
        registry.removeListener(tracker);
        if (hazelcast.getLifecycleService().isRunning()) {
            hazelcast.getUserContext().remove(CONTEXT_KEY, this);
        }
        stopThreads();
        log.info("Entity cluster closed on member {}", local);
    }

    @Override
    public String toString() {
        return "EntityCluster(member " + local + (admission.isClosed() ? ", closed)" : ")");
    }

    /** The entity cluster running on this Hazelcast member, {@code null} if none: how tasks from other members find it. */
    static EntityCluster of(HazelcastInstance hazelcast) {
        return hazelcast == null ? null : (EntityCluster) hazelcast.getUserContext().get(CONTEXT_KEY);
    }

    Payloads payloads() {
        return payloads;
    }

    Partitions partitions() {
        return partitions;
    }

    Leases leases() {
        return leases;
    }

    Outbox outbox(int partition) {
        return outboxes.get(partition);
    }

    BlockingCallChains chains() {
        return chains;
    }

    PendingAsks pendingAsks() {
        return pendingAsks;
    }

    Receiver receiver() {
        return receiver;
    }

    Handoff handoff() {
        return handoff;
    }

    Duration askTimeout() {
        Duration timeout = settings.askTimeout();
        return timeout != null ? timeout : registry.askTimeout();
    }

    /** When a message sent now stops being tried. */
    long deadline() {
        return System.nanoTime() + askTimeout().toNanos();
    }

    /** Why a send through this member must fail now, or {@code null}. */
    RuntimeException refusal(String label) {
        return admission.refusal(label);
    }

    void requireRunning(String label) {
        RuntimeException refusal = refusal(label);
        if (refusal != null) {
            throw refusal;
        }
    }

    void membersChanged(int size) {
        admission.membersChanged(size);
    }

    void memberLeft(UUID member) {
        pendingAsks.memberLeft(member);
        replies.memberLeft(member);
    }

    void partitionMovedAway(int partition, String destination) {
        if (!leases.get(partition).isNone()) {
            handoff.handOver(partition, "it migrated to member " + destination);
        }
    }

    void hazelcastShuttingDown() {
        admission.close(); // no handoff: a termination fires the same event, and then nothing could be handed over
        pendingAsks.closeAll("this member's Hazelcast instance shut down");
    }

    void merging() {
        Thread.ofVirtual().name("actors-cluster-merge").start(() -> handoff.handOverAll("a split brain is merging"));
    }

    @SuppressWarnings("unchecked")
    private Entities<Object, ?> localEntitiesOf(String kind) {
        EntityHost<?, ?> host = hosts.get(kind);
        return host == null ? null : (Entities<Object, ?>) host.local();
    }

    private void stopThreads() {
        timers.shutdownNow();
        localDeliveries.shutdown();
    }
}
