package dev.actors.cluster.hazelcast.metrics;

import dev.actors.cluster.hazelcast.ClusterCounters;
import dev.actors.cluster.hazelcast.EntityCluster;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Locale;

/**
 * The entity cluster's Micrometer meters: {@code actors.cluster.remote.sends} (counter, tag
 * {@code kind} = tell|ask|call: messages routed to another member), {@code actors.cluster.remote.failures}
 * (counter, tag {@code reason} = member_left|timeout|unreachable|minority|not_serializable),
 * {@code actors.cluster.migrations} (counter, tag {@code direction} = handoff|takeover: partitions
 * this member handed over, or took from a member that left), and the gauges
 * {@code actors.cluster.members} and {@code actors.cluster.partitions.owned}. Read from
 * {@link ClusterCounters}, so nothing is added to the message path.
 */
public class ActorsClusterMetrics implements MeterBinder {

    private final EntityCluster cluster;

    /**
     * Creates the binder.
     *
     * @param cluster the context's entity cluster
     */
    public ActorsClusterMetrics(EntityCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        ClusterCounters counters = cluster.counters();
        for (ClusterCounters.Send send : ClusterCounters.Send.values()) {
            FunctionCounter.builder("actors.cluster.remote.sends", counters, c -> c.remoteSends(send))
                    .description("Messages to entities routed to another member").tag("kind", tag(send))
                    .register(registry);
        }
        for (ClusterCounters.Failure failure : ClusterCounters.Failure.values()) {
            FunctionCounter.builder("actors.cluster.remote.failures", counters, c -> c.remoteFailures(failure))
                    .description("Remote messages to entities that failed").tag("reason", tag(failure)).register(registry);
        }
        FunctionCounter.builder("actors.cluster.migrations", counters, ClusterCounters::handoffs)
                .description("Partitions handed over by this member").tag("direction", "handoff").register(registry);
        FunctionCounter.builder("actors.cluster.migrations", counters, ClusterCounters::takeovers)
                .description("Partitions taken over from a member that left").tag("direction", "takeover").register(registry);
        Gauge.builder("actors.cluster.members", cluster, c -> c.status().clusterSize())
                .description("Members this member sees, itself included").register(registry);
        Gauge.builder("actors.cluster.partitions.owned", cluster, c -> c.status().ownedPartitions())
                .description("Partitions this member owns").register(registry);
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
