package dev.actors.cluster.hazelcast;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/**
 * Gives a partition's lease up, if {@link #holder} still holds it: the last step of a handoff,
 * after the holder's entities of the partition have stopped. Answers whether it was cleared.
 */
final class ClearLease implements EntryProcessor<Integer, UUID, Boolean>, DataSerializable {

    private static final long serialVersionUID = 1L;

    private UUID holder;
    private transient boolean cleared;

    ClearLease() {
    }

    ClearLease(UUID holder) {
        this.holder = holder;
    }

    @Override
    public Boolean process(Map.Entry<Integer, UUID> entry) {
        cleared = holder.equals(entry.getValue());
        if (cleared) {
            entry.setValue(null);
        }
        return cleared;
    }

    @Override
    public EntryProcessor<Integer, UUID, Boolean> getBackupProcessor() {
        return cleared ? new SetLeaseHolder<>(null) : null;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        Wire.writeUuid(out, holder);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        holder = Wire.readUuid(in);
    }
}
