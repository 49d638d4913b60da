package dev.actors.cluster.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Sent by a partition's new owner to the member that still holds its lease: hand it over
 * (passivate its entities, then clear the lease). The handoff runs in the background; this
 * answers at once.
 */
final class HandoverRequest implements Callable<Boolean>, DataSerializable, HazelcastInstanceAware {

    private static final long serialVersionUID = 1L;

    private int partition;
    private UUID requester;
    private transient HazelcastInstance hazelcast;

    HandoverRequest() {
    }

    HandoverRequest(int partition, UUID requester) {
        this.partition = partition;
        this.requester = requester;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.hazelcast = hazelcastInstance;
    }

    @Override
    public Boolean call() {
        EntityCluster cluster = EntityCluster.of(hazelcast);
        if (cluster != null) {
            cluster.handoff().handOver(partition, "its new owner " + requester + " asked for it");
        } else {
            Leases.clearWithoutCluster(hazelcast, partition); // closed here (or never started): nothing runs to hand over
        }
        return Boolean.TRUE;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeInt(partition);
        Wire.writeUuid(out, requester);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        partition = in.readInt();
        requester = Wire.readUuid(in);
    }
}
