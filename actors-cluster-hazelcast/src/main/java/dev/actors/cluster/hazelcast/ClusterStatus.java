package dev.actors.cluster.hazelcast;

import java.util.List;

/**
 * A moment's view of this member's {@link EntityCluster}, for health and monitoring
 * ({@code /actuator/health}, {@code /actuator/info}).
 *
 * @param member this member's UUID
 * @param address this member's address ({@code host:port})
 * @param clusterSize how many members this member sees, itself included
 * @param minimumClusterSize the minimum cluster size (entities run only at or above it)
 * @param ownedPartitions how many partitions this member owns now
 * @param leasedPartitions how many partitions' entities this member may run now (it holds their lease)
 * @param liveEntities how many clustered entities run on this member now
 * @param pendingAsks how many remote asks of this member wait for a reply
 * @param kinds the entity kinds made on this member
 * @param running {@code false} once closed
 */
public record ClusterStatus(String member, String address, int clusterSize, int minimumClusterSize, int ownedPartitions,
        int leasedPartitions, int liveEntities, int pendingAsks, List<String> kinds, boolean running) {

    /**
     * Whether this member sees at least the minimum cluster size (else it runs no entity).
     *
     * @return whether entities may run here
     */
    public boolean hasMinimumSize() {
        return clusterSize >= minimumClusterSize;
    }
}
