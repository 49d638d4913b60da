package dev.actors.cluster.hazelcast;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.internal.serialization.Data;
import com.hazelcast.internal.util.HashUtil;
import com.hazelcast.partition.Partition;
import java.util.function.Supplier;

/**
 * Hazelcast's partitions as this module uses them: the partition of a key (computed as Hazelcast
 * computes it, from the key's serialized form, so that a key's entity lives where an IMap entry of
 * that key would), the current owner of a partition, and the key of each partition's entry in the
 * lease map (the smallest {@code Integer} that falls in that partition).
 */
final class Partitions {

    private final HazelcastInstance hazelcast;
    private final Payloads payloads;
    private final Partition[] partitions;
    private final Integer[] leaseKeys;

    Partitions(HazelcastInstance hazelcast, Payloads payloads) {
        this.hazelcast = hazelcast;
        this.payloads = payloads;
        int count = hazelcast.getPartitionService().getPartitions().size();
        this.partitions = new Partition[count];
        for (Partition partition : hazelcast.getPartitionService().getPartitions()) {
            partitions[partition.getPartitionId()] = partition;
        }
        this.leaseKeys = leaseKeys(count);
    }

    int count() {
        return partitions.length;
    }

    /** The partition of a key's serialized form. */
    int of(Data key) {
        return HashUtil.hashToIndex(key.getPartitionHash(), partitions.length);
    }

    /** The partition of {@code key}, serializing it (a key that cannot be serialized fails, naming {@code kind}). */
    int of(Object key, Supplier<String> target) {
        return of(payloads.toData(key, Payloads.Role.KEY, target));
    }

    /** The partition's owner now, {@code null} while none is assigned (forming cluster, right after a crash). */
    Member owner(int partition) {
        return partitions[partition].getOwner();
    }

    boolean ownedLocally(int partition) {
        Member owner = owner(partition);
        return owner != null && owner.localMember();
    }

    int ownedLocallyCount() {
        int owned = 0;
        for (int partition = 0; partition < partitions.length; partition++) {
            if (ownedLocally(partition)) {
                owned++;
            }
        }
        return owned;
    }

    /** The key of the partition's entry in the lease map. */
    Integer leaseKey(int partition) {
        return leaseKeys[partition];
    }

    HazelcastInstance hazelcast() {
        return hazelcast;
    }

    private Integer[] leaseKeys(int count) {
        Integer[] keys = new Integer[count];
        int found = 0;
        for (int candidate = 0; found < count; candidate++) {
            int partition = of(Integer.valueOf(candidate), () -> "a lease key");
            if (keys[partition] == null) {
                keys[partition] = candidate;
                found++;
            }
        }
        return keys;
    }
}
