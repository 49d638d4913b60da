package dev.actors.cluster.hazelcast;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/**
 * Takes the lease of a partition for the member that runs this processor: it runs on the
 * partition's owner, in the partition's thread, so only the owner can take it, and it takes it
 * only when no live member holds it (free, already this member's, or held by a member that has
 * left the cluster). Otherwise it answers the live holder, which must hand over first. The new
 * holder is written to the backup replica too (synchronously, as IMap backups are), so that a
 * crash of the owner does not forget who holds the partition.
 */
final class AcquireLease implements EntryProcessor<Integer, UUID, Object>, HazelcastInstanceAware, DataSerializable {

    /** Taken: it was free or this member's. */
    static final Integer ACQUIRED = 0;
    /** Taken from a member that has left the cluster (crashed, or left without handing over). */
    static final Integer TAKEN_OVER = 1;
    /** The processor ran on another member than the requester: the requester is not the owner (any more). */
    static final Integer NOT_OWNER = 2;

    private static final long serialVersionUID = 1L;

    private UUID requester;
    private transient HazelcastInstance hazelcast;
    private transient boolean written;

    AcquireLease() {
    }

    AcquireLease(UUID requester) {
        this.requester = requester;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.hazelcast = hazelcastInstance;
    }

    @Override
    public Object process(Map.Entry<Integer, UUID> entry) {
        if (!hazelcast.getCluster().getLocalMember().getUuid().equals(requester)) {
            return NOT_OWNER;
        }
        UUID holder = entry.getValue();
        if (requester.equals(holder)) {
            return ACQUIRED;
        }
        if (holder != null && isMember(holder)) {
            return holder;
        }
        entry.setValue(requester);
        written = true;
        return holder == null ? ACQUIRED : TAKEN_OVER;
    }

    @Override
    public EntryProcessor<Integer, UUID, Object> getBackupProcessor() {
        return written ? new SetLeaseHolder<>(requester) : null; // asked after process: back up only a change
    }

    private boolean isMember(UUID uuid) {
        for (Member member : hazelcast.getCluster().getMembers()) {
            if (member.getUuid().equals(uuid)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        Wire.writeUuid(out, requester);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        requester = Wire.readUuid(in);
    }
}
