package dev.actors.cluster.hazelcast;

import dev.actors.Actor;
import dev.actors.ActorListener;
import dev.actors.ActorRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Knows which clustered entities run on this member, by partition, so that a handoff can
 * passivate exactly those of the partition it hands over. The factory given to the local
 * {@code Entities} is wrapped ({@link #guard}): it refuses to start an incarnation whose partition
 * this member may not run (its lease is not held, or is sealed by a handoff) and records each one
 * it builds by URN (a restart keeps the URN); this {@link ActorListener} on the registry learns
 * their refs when they start and forgets them when they stop.
 */
final class IncarnationTracker implements ActorListener {

    /** One incarnation of a clustered entity on this member. */
    static final class Incarnation {
        final String kind;
        final Object key;
        final int partition;
        final String urn;
        /** Its ref once started; completed with {@code null} if it stopped first (it failed in {@code onStart}). */
        final CompletableFuture<ActorRef<?>> started = new CompletableFuture<>();
        final CompletableFuture<Void> stopped = new CompletableFuture<>();

        Incarnation(String kind, Object key, int partition, String urn) {
            this.kind = kind;
            this.key = key;
            this.partition = partition;
            this.urn = urn;
        }
    }

    private final UUID local;
    private final Leases leases;
    private final ConcurrentHashMap<String, Incarnation> byUrn = new ConcurrentHashMap<>();
    private final List<Set<Incarnation>> byPartition;

    IncarnationTracker(UUID local, Leases leases) {
        this.local = local;
        this.leases = leases;
        this.byPartition = new ArrayList<>(leases.count());
        for (int partition = 0; partition < leases.count(); partition++) {
            byPartition.add(ConcurrentHashMap.newKeySet());
        }
    }

    /** {@code factory}, refusing keys whose partition this member may not run, and recording what it builds. */
    <K, A extends Actor> Function<K, A> guard(String kind, String label, Function<? super K, ? extends A> factory,
            ToIntFunction<K> partitionOf) {
        return key -> {
            int partition = partitionOf.applyAsInt(key);
            if (!leases.get(partition).allowsStart()) {
                throw new IllegalStateException("The " + label + " entity of key " + key + " cannot start on member " + local
                        + ": its partition " + partition + " is being handed over to another member (or was never this "
                        + "member's). Send the message again: it goes to the partition's new owner");
            }
            A actor = factory.apply(key);
            if (actor != null) {
                byUrn.computeIfAbsent(actor.actorUrn(), urn -> { // present already: a restart of a tracked one
                    Incarnation incarnation = new Incarnation(kind, key, partition, urn);
                    byPartition.get(partition).add(incarnation);
                    return incarnation;
                });
            }
            return actor;
        };
    }

    @Override
    public void actorStarted(ActorRef<?> ref) {
        Incarnation incarnation = byUrn.get(ref.actorUrn());
        if (incarnation != null) {
            incarnation.started.complete(ref);
        }
    }

    @Override
    public void actorStopped(ActorRef<?> ref, Optional<Throwable> failure) {
        Incarnation incarnation = byUrn.remove(ref.actorUrn());
        if (incarnation != null) {
            byPartition.get(incarnation.partition).remove(incarnation);
            incarnation.started.complete(null);
            incarnation.stopped.complete(null);
        }
    }

    /** The incarnations of the partition's entities running (or starting) here now. */
    List<Incarnation> of(int partition) {
        return List.copyOf(byPartition.get(partition));
    }

    /** Drops an incarnation that was built but never started (its start was refused after the factory returned). */
    void forget(Incarnation incarnation) {
        if (byUrn.remove(incarnation.urn, incarnation)) {
            byPartition.get(incarnation.partition).remove(incarnation);
            incarnation.started.complete(null);
            incarnation.stopped.complete(null);
        }
    }

    /** How many clustered entity incarnations run here now. */
    int size() {
        return byUrn.size();
    }
}
