package dev.actors.cluster.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this member takes messages for entities now: not once its entity cluster is closed (or
 * its Hazelcast instance is shutting down), nor while it sees fewer members than the minimum
 * cluster size. Falling below the minimum hands everything over. Both flags are volatile: a
 * send reads them once, a change is seen by the next send.
 */
final class Admission {

    private static final Logger log = LoggerFactory.getLogger(Admission.class);

    private final HazelcastInstance hazelcast;
    private final int minimumSize;
    private final Handoff handoff;
    private volatile boolean closed;
    private volatile boolean belowMinimum;

    Admission(HazelcastInstance hazelcast, int minimumSize, Handoff handoff) {
        this.hazelcast = hazelcast;
        this.minimumSize = minimumSize;
        this.handoff = handoff;
        this.belowMinimum = hazelcast.getCluster().getMembers().size() < minimumSize;
    }

    boolean isClosed() {
        return closed;
    }

    /** Closes admission; {@code true} the first time. */
    boolean close() {
        boolean was = closed;
        closed = true;
        return !was;
    }

    /** Why a send through this member must fail now, or {@code null}. */
    RuntimeException refusal(String label) {
        if (closed) {
            return new IllegalStateException("The entity cluster of this member is closed (the member is leaving): cannot "
                    + "send to " + label + " entities through it any more");
        }
        if (belowMinimum) {
            return new MinimumClusterSizeException("This member sees " + hazelcast.getCluster().getMembers().size()
                    + " member(s), fewer than the minimum cluster size " + minimumSize + ": it refuses to run " + label
                    + " entities (this may be the minority side of a split brain, or a cluster still forming). Try again "
                    + "once the cluster is whole");
        }
        return null;
    }

    /** The {@link Delivery} code for a batch arriving now: accepted, or why not. */
    int deliveryState() {
        if (closed) {
            return Delivery.CLOSED;
        }
        return belowMinimum ? Delivery.MINORITY : Delivery.ACCEPTED;
    }

    void membersChanged(int size) {
        boolean below = size < minimumSize;
        boolean was = belowMinimum;
        belowMinimum = below;
        if (below && !was) {
            log.warn("This member sees {} member(s), fewer than the minimum cluster size {}: stopping its entities and "
                    + "refusing to start any until enough members are back", size, minimumSize);
            Thread.ofVirtual().name("actors-cluster-below-minimum").start(
                    () -> handoff.handOverAll("the cluster is below its minimum size"));
        } else if (was && !below) {
            log.info("This member sees {} members again (minimum {}): entities may run", size, minimumSize);
        }
    }
}
