package dev.actors.cluster.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * A batch of messages from one member to the entities of one partition, run on the member the
 * sender takes for the partition's owner (an executor task addressed to that member, never
 * retried by Hazelcast once sent, so a message is delivered at most once). It answers a
 * {@link Delivery} code: accepted (the messages are in their entities' mailboxes, in order), or
 * why not (the sender then retries or fails them).
 */
final class DeliverTask implements Callable<Integer>, DataSerializable, HazelcastInstanceAware {

    private static final long serialVersionUID = 1L;

    UUID sender;
    int partition;
    List<RemoteEnvelope> envelopes;
    private transient HazelcastInstance hazelcast;

    DeliverTask() {
    }

    DeliverTask(UUID sender, int partition, List<RemoteEnvelope> envelopes) {
        this.sender = sender;
        this.partition = partition;
        this.envelopes = envelopes;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.hazelcast = hazelcastInstance;
    }

    @Override
    public Integer call() {
        EntityCluster cluster = EntityCluster.of(hazelcast);
        return cluster == null ? Delivery.NOT_READY : cluster.receiver().accept(this);
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        Wire.writeUuid(out, sender);
        out.writeInt(partition);
        out.writeInt(envelopes.size());
        for (RemoteEnvelope envelope : envelopes) {
            envelope.writeTo(out);
        }
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        sender = Wire.readUuid(in);
        partition = in.readInt();
        int size = in.readInt();
        envelopes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            envelopes.add(RemoteEnvelope.readFrom(in));
        }
    }
}
