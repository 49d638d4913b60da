package dev.actors.cluster.hazelcast;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This member's {@link Lease}s, one per partition, and the IMap behind them
 * ({@value #MAP}: partition's lease key to the holding member's UUID, with the map's synchronous
 * backup). A member runs entities of a partition only while that map names it; it takes the
 * lease when it receives messages for a partition it owns ({@link #acquire}) and gives it up at
 * the end of a handoff ({@link #clear}). So two members never run entities of one partition at
 * once in a healthy cluster, whatever their partition tables say at a given moment.
 */
final class Leases {

    /** The lease map's name. */
    static final String MAP = "actors.cluster.leases";

    private static final Logger log = LoggerFactory.getLogger(Leases.class);
    /** A new owner asks the holder to hand over at most this often per partition. */
    private static final long HANDOVER_REQUEST_INTERVAL = TimeUnit.MILLISECONDS.toNanos(200);

    private final HazelcastInstance hazelcast;
    private final UUID local;
    private final Partitions partitions;
    private final IExecutorService executor;
    private final ClusterCounters counters;
    private final IMap<Integer, UUID> map;
    private final Lease[] leases;

    Leases(HazelcastInstance hazelcast, Partitions partitions, IExecutorService executor, ClusterCounters counters) {
        this.hazelcast = hazelcast;
        this.local = hazelcast.getCluster().getLocalMember().getUuid();
        this.partitions = partitions;
        this.executor = executor;
        this.counters = counters;
        this.map = hazelcast.getMap(MAP);
        this.leases = new Lease[partitions.count()];
        for (int partition = 0; partition < leases.length; partition++) {
            leases[partition] = new Lease(partition);
        }
    }

    Lease get(int partition) {
        return leases[partition];
    }

    int count() {
        return leases.length;
    }

    int heldCount() {
        int held = 0;
        for (Lease lease : leases) {
            if (lease.isHeld()) {
                held++;
            }
        }
        return held;
    }

    /**
     * Takes the partition's lease for this member if it is free (or its holder has left), in the
     * caller's thread (an IMap call on the partition's owner).
     *
     * @return {@link Delivery#ACCEPTED} when held now, {@link Delivery#BUSY} while another member
     *     holds it (that member has been asked to hand over), {@link Delivery#NOT_OWNER} when this
     *     member does not own the partition
     */
    int acquire(Lease lease) {
        lease.acquiring.lock();
        try {
            if (lease.isHeld()) {
                return Delivery.ACCEPTED;
            }
            if (!lease.isNone()) {
                return Delivery.BUSY; // this member is handing it over: the next owner will take it
            }
            Object answer = map.executeOnKey(partitions.leaseKey(lease.partition), new AcquireLease(local));
            if (AcquireLease.ACQUIRED.equals(answer) || AcquireLease.TAKEN_OVER.equals(answer)) {
                boolean takeover = AcquireLease.TAKEN_OVER.equals(answer);
                lease.markHeld();
                counters.acquired(takeover);
                log.debug("Took the lease of partition {}{}", lease.partition, takeover ? " from a member that left" : "");
                return Delivery.ACCEPTED;
            }
            if (AcquireLease.NOT_OWNER.equals(answer)) {
                return Delivery.NOT_OWNER;
            }
            requestHandover(lease, (UUID) answer);
            return Delivery.BUSY;
        } catch (RuntimeException failure) { // a migration or member change under way: the sender tries again
            log.debug("Could not take the lease of partition {} yet: {}", lease.partition, failure.toString());
            return Delivery.NOT_OWNER;
        } finally {
            lease.acquiring.unlock();
        }
    }

    /**
     * Gives the partition's lease up if this member holds it, waiting at most {@code timeout}.
     *
     * @return whether the lease map no longer names this member (or cannot be reached: then the
     *     next owner finds this member alive and asks it again, or finds it gone and takes over)
     */
    boolean clear(int partition, Duration timeout) {
        if (!hazelcast.getLifecycleService().isRunning()) {
            return false;
        }
        try {
            map.submitToKey(partitions.leaseKey(partition), new ClearLease(local)).toCompletableFuture()
                    .get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException failure) {
            log.warn("Could not give up the lease of partition {} within {}: {}", partition, timeout, failure.toString());
            return false;
        }
    }

    /**
     * Clears the partition's lease entry if it names this member, on a member whose entity cluster
     * is closed (so none of its entities runs): a new owner that still finds this member there
     * asked it to hand over.
     */
    static void clearWithoutCluster(HazelcastInstance hazelcast, int partition) {
        Partitions partitions = new Partitions(hazelcast, new Payloads(hazelcast));
        hazelcast.<Integer, UUID>getMap(MAP).submitToKey(partitions.leaseKey(partition),
                new ClearLease(hazelcast.getCluster().getLocalMember().getUuid()));
    }

    /** Asks the holder of the partition's lease to hand it over to its owner (this member), at most once per while. */
    private void requestHandover(Lease lease, UUID holder) {
        if (!lease.shouldRequestHandover(HANDOVER_REQUEST_INTERVAL)) {
            return;
        }
        Member member = memberOf(holder);
        if (member == null) {
            return; // it has just left: the next attempt takes the lease over
        }
        log.debug("Asking member {} to hand partition {} over", holder, lease.partition);
        try {
            executor.submitToMember(new HandoverRequest(lease.partition, local), member);
        } catch (RuntimeException failure) {
            log.debug("Could not ask member {} to hand partition {} over: {}", holder, lease.partition, failure.toString());
        }
    }

    private Member memberOf(UUID uuid) {
        for (Member member : hazelcast.getCluster().getMembers()) {
            if (member.getUuid().equals(uuid)) {
                return member;
            }
        }
        return null;
    }
}
