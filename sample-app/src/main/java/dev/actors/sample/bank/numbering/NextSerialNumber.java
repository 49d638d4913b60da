package dev.actors.sample.bank.numbering;

import java.util.Map;

import com.hazelcast.map.EntryProcessor;

/**
 * Increments a series' counter in place, on the entry's owner (and, as its own backup processor,
 * on the backup): the next number of {@link ClusterSerialNumbers}. Serializable, as Hazelcast
 * sends it to the owner.
 */
final class NextSerialNumber implements EntryProcessor<String, Long, Long> {

    private static final long serialVersionUID = 1L;

    @Override
    public Long process(Map.Entry<String, Long> entry) {
        long next = (entry.getValue() == null ? 0 : entry.getValue()) + 1;
        entry.setValue(next);
        return next;
    }
}
