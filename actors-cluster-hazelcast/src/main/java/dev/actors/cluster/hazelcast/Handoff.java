package dev.actors.cluster.hazelcast;

import dev.actors.ActorRef;
import dev.actors.Entities;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a partition over: passivates this member's entities of it, then gives its lease up, so
 * that its next owner starts them only after their {@code onStop} ran here (state saved there is
 * there to load). Steps, on a virtual thread, bounded by the handoff timeout:
 * <ol>
 * <li>the lease goes DRAINING: no new delivery enters; the deliveries in flight finish;</li>
 * <li>each entity of the partition gets a probe call through its {@code Entities} (handled after
 * everything accepted before, including messages that waited for it to start), then a stop;
 * this is repeated until none runs (a message that waited for a stopping one starts a new
 * incarnation: it is stopped in turn);</li>
 * <li>the lease is SEALED (no entity of the partition may start here), stragglers are stopped,
 * and the lease entry is cleared.</li>
 * </ol>
 * Triggered by a migration away from this member, a new owner's {@link HandoverRequest}, a leave
 * ({@link EntityCluster#close()}) or a lost minimum cluster size. At most one runs per partition.
 */
final class Handoff {

    private static final Logger log = LoggerFactory.getLogger(Handoff.class);

    private final Leases leases;
    private final IncarnationTracker tracker;
    private final Function<String, Entities<Object, ?>> localEntities;
    private final Duration timeout;
    private final ClusterCounters counters;

    Handoff(Leases leases, IncarnationTracker tracker, Function<String, Entities<Object, ?>> localEntities,
            Duration timeout, ClusterCounters counters) {
        this.leases = leases;
        this.tracker = tracker;
        this.localEntities = localEntities;
        this.timeout = timeout;
        this.counters = counters;
    }

    /** Starts handing the partition over unless that is under way; the future completes when it is done. */
    CompletableFuture<Void> handOver(int partition, String why) {
        Lease lease = leases.get(partition);
        synchronized (lease) {
            if (!lease.handoff.isDone()) {
                return lease.handoff;
            }
            CompletableFuture<Void> done = new CompletableFuture<>();
            lease.handoff = done;
            Thread.ofVirtual().name("actors-cluster-handoff-" + partition).start(() -> {
                try {
                    run(lease, why);
                } catch (RuntimeException | Error failure) {
                    log.error("Handing partition {} over failed ({})", partition, why, failure);
                } finally {
                    done.complete(null);
                }
            });
            return done;
        }
    }

    /** Hands every partition this member holds over, and waits for all (each bounded by the timeout). */
    void handOverAll(String why) {
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int partition = 0; partition < leases.count(); partition++) {
            if (!leases.get(partition).isNone() || !tracker.of(partition).isEmpty()) {
                running.add(handOver(partition, why));
            }
        }
        for (CompletableFuture<Void> handoff : running) {
            await(handoff, System.nanoTime() + timeout.toNanos() * 2);
        }
    }

    private void run(Lease lease, String why) {
        long deadline = System.nanoTime() + timeout.toNanos();
        CompletableFuture<Void> drained = lease.beginDrain();
        if (drained == null) {
            if (lease.isNone()) { // not held here; the entry may still name this member (a merge, an old failure)
                leases.clear(lease.partition, timeout);
            }
            return;
        }
        if (!await(drained, deadline)) {
            log.warn("Handing partition {} over: deliveries still in flight after {}; going on", lease.partition, timeout);
        }
        int passivated = passivate(lease.partition, deadline);
        lease.seal();
        passivated += passivate(lease.partition, deadline);
        leases.clear(lease.partition, remaining(deadline));
        lease.reset();
        counters.handedOff();
        log.debug("Handed partition {} over ({} entities passivated) because {}", lease.partition, passivated, why);
    }

    /** Stops the partition's incarnations until none runs or the deadline passes; returns how many stopped. */
    private int passivate(int partition, long deadline) {
        int stopped = 0;
        for (List<IncarnationTracker.Incarnation> running = tracker.of(partition); !running.isEmpty();
                running = tracker.of(partition)) {
            List<CompletableFuture<?>> probes = new ArrayList<>();
            for (IncarnationTracker.Incarnation incarnation : running) {
                probes.add(probe(incarnation));
            }
            for (CompletableFuture<?> probe : probes) {
                await(probe, deadline);
            }
            for (IncarnationTracker.Incarnation incarnation : running) {
                ActorRef<?> ref = startedRef(incarnation, deadline);
                if (ref != null) {
                    ref.stopAsync();
                }
            }
            for (IncarnationTracker.Incarnation incarnation : running) {
                await(incarnation.stopped, deadline);
            }
            stopped += running.size();
            if (System.nanoTime() - deadline >= 0) {
                log.warn("Handing partition {} over: {} entities still running after {}: {}; the next owner may start "
                        + "them before they stop", partition, tracker.of(partition).size(), timeout,
                        tracker.of(partition).stream().map(incarnation -> incarnation.kind + " " + incarnation.key).toList());
                return stopped;
            }
        }
        return stopped;
    }

    private CompletableFuture<?> probe(IncarnationTracker.Incarnation incarnation) {
        if (incarnation.stopped.isDone()) {
            return incarnation.stopped;
        }
        try {
            return localEntities.apply(incarnation.kind).ref(incarnation.key).proxy(IncarnationProbe.class).actorUrn();
        } catch (RuntimeException unreachable) {
            return CompletableFuture.completedFuture(null);
        }
    }

    /** The incarnation's ref once started, {@code null} if it never starts (then it is forgotten). */
    private ActorRef<?> startedRef(IncarnationTracker.Incarnation incarnation, long deadline) {
        try {
            return incarnation.started.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException | InterruptedException neverStarted) {
            if (neverStarted instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            tracker.forget(incarnation);
            return null;
        }
    }

    private static boolean await(CompletableFuture<?> future, long deadline) {
        try {
            future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException failed) {
            return true; // a probe that failed: its entity is stopping or could not start
        } catch (TimeoutException late) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(TimeUnit.SECONDS.toNanos(1), deadline - System.nanoTime()));
    }
}
