package dev.actors.sample.bank.numbering;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code cluster} profile's {@link SerialNumbers}: one entry per series in the IMap
 * {@code bank.serial-numbers} (backup-count 1, see {@code cluster/hazelcast.yaml}), incremented by
 * an entry processor on the entry's owner, which applies it to the synchronous backup before it
 * answers. So a number is given out once even when a member crashes: an increment whose answer was
 * lost with its owner is retried by Hazelcast on the promoted backup, which either has it (the
 * number is skipped: a gap) or not (the same number goes to the only caller that gets an answer).
 * Numbers are unique, not gap-free. Hazelcast's {@code FlakeIdGenerator} would avoid the map but
 * gives 64-bit ids; an {@code IAtomicLong} needs the CP subsystem, which the project does not use.
 */
@Component
@Profile("cluster")
public class ClusterSerialNumbers implements SerialNumbers {

    /** The IMap of the series. */
    public static final String MAP_NAME = "bank.serial-numbers";

    private final IMap<String, Long> series;

    /**
     * Creates the counters on the cluster's map.
     *
     * @param hazelcast this replica's member
     */
    public ClusterSerialNumbers(HazelcastInstance hazelcast) {
        this.series = hazelcast.getMap(MAP_NAME);
    }

    @Override
    public long next(String seriesName) {
        return series.executeOnKey(seriesName, new NextSerialNumber());
    }
}
