package dev.actors.cluster.hazelcast.health;

import dev.actors.cluster.hazelcast.ClusterStatus;
import dev.actors.cluster.hazelcast.EntityCluster;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of this member's entity cluster: UP with the member, its owned partitions, the cluster
 * size and the live entities; DOWN while the member sees fewer members than the minimum cluster
 * size (it runs no entity then, so it should get no traffic) or once the entity cluster is closed.
 */
public class ActorsClusterHealthIndicator extends AbstractHealthIndicator {

    private final EntityCluster cluster;

    /**
     * Creates the indicator.
     *
     * @param cluster the context's entity cluster
     */
    public ActorsClusterHealthIndicator(EntityCluster cluster) {
        super("Actors cluster health check failed");
        this.cluster = cluster;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        ClusterStatus status = cluster.status();
        builder.withDetail("member", status.member()).withDetail("address", status.address())
                .withDetail("clusterSize", status.clusterSize()).withDetail("minimumClusterSize", status.minimumClusterSize())
                .withDetail("ownedPartitions", status.ownedPartitions())
                .withDetail("leasedPartitions", status.leasedPartitions())
                .withDetail("liveEntities", status.liveEntities()).withDetail("kinds", status.kinds());
        if (status.running() && status.hasMinimumSize()) {
            builder.up();
        } else {
            builder.down().withDetail("reason", status.running() ? "fewer members than the minimum cluster size"
                    : "the entity cluster is closed");
        }
    }
}
