package dev.actors.cluster.hazelcast;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/**
 * The backup side of {@link AcquireLease} and {@link ClearLease}: writes what the owner decided ({@code null} removes).
 *
 * @param <R> the result type of the processor it backs up (none is returned)
 */
final class SetLeaseHolder<R> implements EntryProcessor<Integer, UUID, R>, DataSerializable {

    private static final long serialVersionUID = 1L;

    private UUID holder;

    SetLeaseHolder() {
    }

    SetLeaseHolder(UUID holder) {
        this.holder = holder;
    }

    @Override
    public R process(Map.Entry<Integer, UUID> entry) {
        entry.setValue(holder);
        return null;
    }

    @Override
    public EntryProcessor<Integer, UUID, R> getBackupProcessor() {
        return null;
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
