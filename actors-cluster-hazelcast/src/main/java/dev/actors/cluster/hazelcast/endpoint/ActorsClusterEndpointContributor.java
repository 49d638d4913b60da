package dev.actors.cluster.hazelcast.endpoint;

import dev.actors.cluster.hazelcast.ClusterStatus;
import dev.actors.cluster.hazelcast.ClusteredKindStatus;
import dev.actors.cluster.hazelcast.EntityCluster;
import dev.actors.spring.endpoint.ActorsEndpointContributor;
import java.util.List;

/**
 * Shows this member's entity cluster in the {@code actors} actuator endpoint: {@code "cluster"}
 * beside {@code "actors"} in {@code /actuator/actors}, with this member (UUID, address), its owned
 * and leased partitions, the cluster size, the minimum size, the live entities and each clustered
 * kind's entities on this member. A snapshot of {@link EntityCluster#status()} and
 * {@link EntityCluster#kinds()}.
 */
public final class ActorsClusterEndpointContributor implements ActorsEndpointContributor {

    /** The member of the listing this contributor fills. */
    public static final String NAME = "cluster";

    private final EntityCluster cluster;

    /**
     * Creates the contributor.
     *
     * @param cluster the context's entity cluster
     */
    public ActorsClusterEndpointContributor(EntityCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ClusterDescriptor contribution() {
        ClusterStatus status = cluster.status();
        return new ClusterDescriptor(status.member(), status.address(), status.clusterSize(), status.minimumClusterSize(),
                status.ownedPartitions(), status.leasedPartitions(), status.liveEntities(), status.pendingAsks(),
                status.running(), cluster.kinds());
    }

    /**
     * This member's entity cluster.
     *
     * @param member this member's UUID
     * @param address this member's address ({@code host:port} in brackets, as Hazelcast writes it)
     * @param clusterSize how many members this member sees, itself included
     * @param minimumClusterSize the fewest members it must see to run entities ({@code actors.cluster.minimum-size})
     * @param ownedPartitions how many Hazelcast partitions this member owns
     * @param leasedPartitions how many partitions' entities it may run now (it holds their lease)
     * @param liveEntities how many clustered entities run on it now
     * @param pendingAsks how many of its remote asks wait for a reply
     * @param running {@code false} once its entity cluster is closed
     * @param kinds each clustered entity kind made on it, with its entities on it
     */
    public record ClusterDescriptor(String member, String address, int clusterSize, int minimumClusterSize,
            int ownedPartitions, int leasedPartitions, int liveEntities, int pendingAsks, boolean running,
            List<ClusteredKindStatus> kinds) {
    }
}
