package dev.actors.cluster.hazelcast;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * What an {@link EntityCluster} has done on this member since it started, for monitoring: sends
 * routed to another member, remote failures by reason, and partitions handed over or taken over.
 * The Micrometer meters ({@code actors.cluster.remote.sends}, {@code actors.cluster.remote.failures},
 * {@code actors.cluster.migrations}) read these. Thread-safe. Pekko: the sharding region's
 * statistics.
 */
public final class ClusterCounters {

    /** Why a remote message failed. */
    public enum Failure {
        /** The owner left the cluster while the message was in flight (asks fail, tells are lost). */
        MEMBER_LEFT,
        /** No reply came within the ask timeout. */
        TIMEOUT,
        /** It could not be delivered: no owner took it before its deadline, or the cluster closed. */
        UNREACHABLE,
        /** The owner (or this member) saw fewer members than the minimum cluster size. */
        MINORITY,
        /** Its reply could not be serialized on the owner. */
        NOT_SERIALIZABLE
    }

    /** How a send travelled. */
    public enum Send {
        /** {@code tell}: no reply. */
        TELL,
        /** {@code ask}. */
        ASK,
        /** A typed interface call. */
        CALL
    }

    private final Map<Send, LongAdder> sends = new EnumMap<>(Send.class);
    private final Map<Failure, LongAdder> failures = new EnumMap<>(Failure.class);
    private final LongAdder handoffs = new LongAdder();
    private final LongAdder takeovers = new LongAdder();
    private final LongAdder acquisitions = new LongAdder();

    ClusterCounters() {
        for (Send send : Send.values()) {
            sends.put(send, new LongAdder());
        }
        for (Failure failure : Failure.values()) {
            failures.put(failure, new LongAdder());
        }
    }

    /**
     * Sends of one kind routed to another member.
     *
     * @param send the kind
     * @return the count
     */
    public long remoteSends(Send send) {
        return sends.get(send).sum();
    }

    /**
     * Remote messages that failed for one reason.
     *
     * @param failure the reason
     * @return the count
     */
    public long remoteFailures(Failure failure) {
        return failures.get(failure).sum();
    }

    /**
     * Partitions this member handed over (it passivated their entities and gave their lease up):
     * after a migration, a handover request, a leave or a lost minimum size.
     *
     * @return the count
     */
    public long handoffs() {
        return handoffs.sum();
    }

    /**
     * Partitions this member took from a member that had left without handing them over (a crash).
     *
     * @return the count
     */
    public long takeovers() {
        return takeovers.sum();
    }

    /**
     * Partitions this member started holding (takeovers included).
     *
     * @return the count
     */
    public long acquisitions() {
        return acquisitions.sum();
    }

    void sent(Send send) {
        sends.get(send).increment();
    }

    void failed(Failure failure) {
        failures.get(failure).increment();
    }

    void handedOff() {
        handoffs.increment();
    }

    void acquired(boolean takeover) {
        acquisitions.increment();
        if (takeover) {
            takeovers.increment();
        }
    }
}
