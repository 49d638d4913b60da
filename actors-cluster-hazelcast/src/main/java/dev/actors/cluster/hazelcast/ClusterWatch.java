package dev.actors.cluster.hazelcast;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import com.hazelcast.core.LifecycleListener;
import com.hazelcast.partition.MigrationListener;
import com.hazelcast.partition.MigrationState;
import com.hazelcast.partition.ReplicaMigrationEvent;
import java.util.UUID;

/**
 * Hazelcast's events that an {@link EntityCluster} reacts to: a member that leaves fails the asks
 * sent to it and may drop this member below the minimum size; a partition that migrates away
 * from this member is handed over; when this member's Hazelcast shuts down (or is terminated:
 * the event does not tell them apart) the entity cluster refuses new work, and a split-brain
 * merge hands everything over (the merging side's data is replaced). A graceful leave closes the
 * {@link EntityCluster} first.
 */
final class ClusterWatch implements MembershipListener, MigrationListener, LifecycleListener {

    private final EntityCluster cluster;
    private final UUID local;
    private UUID membership;
    private UUID migrations;
    private UUID lifecycle;

    ClusterWatch(EntityCluster cluster, UUID local) {
        this.cluster = cluster;
        this.local = local;
    }

    void register(HazelcastInstance hazelcast) {
        membership = hazelcast.getCluster().addMembershipListener(this);
        migrations = hazelcast.getPartitionService().addMigrationListener(this);
        lifecycle = hazelcast.getLifecycleService().addLifecycleListener(this);
    }

    void unregister(HazelcastInstance hazelcast) {
        if (!hazelcast.getLifecycleService().isRunning()) {
            return;
        }
        try {
            hazelcast.getCluster().removeMembershipListener(membership);
            hazelcast.getPartitionService().removeMigrationListener(migrations);
            hazelcast.getLifecycleService().removeLifecycleListener(lifecycle);
        } catch (RuntimeException shuttingDown) { // the instance is going away: so are its listeners
        }
    }

    @Override
    public void memberAdded(MembershipEvent event) {
        cluster.membersChanged(event.getMembers().size());
    }

    @Override
    public void memberRemoved(MembershipEvent event) {
        cluster.memberLeft(event.getMember().getUuid());
        cluster.membersChanged(event.getMembers().size());
    }

    @Override
    public void migrationStarted(MigrationState state) {
    }

    @Override
    public void migrationFinished(MigrationState state) {
    }

    @Override
    public void replicaMigrationCompleted(ReplicaMigrationEvent event) {
        // events are published by the master: compare UUIDs, the members in them are not this one's objects
        if (event.getReplicaIndex() == 0 && event.getSource() != null && local.equals(event.getSource().getUuid())) {
            cluster.partitionMovedAway(event.getPartitionId(),
                    event.getDestination() == null ? "another member" : event.getDestination().getUuid().toString());
        }
    }

    @Override
    public void replicaMigrationFailed(ReplicaMigrationEvent event) {
    }

    @Override
    public void stateChanged(LifecycleEvent event) {
        switch (event.getState()) {
            case SHUTTING_DOWN -> cluster.hazelcastShuttingDown();
            case MERGING -> cluster.merging();
            default -> { }
        }
    }
}
