package dev.actors.sample.bank.numbering;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@link SerialNumbers} of a single process: one atomic counter per series, for the life of
 * the JVM (gap-free). Not in the {@code cluster} profile, which has {@link ClusterSerialNumbers}.
 */
@Component
@Profile("!cluster")
public class LocalSerialNumbers implements SerialNumbers {

    private final ConcurrentMap<String, AtomicLong> counters = new ConcurrentHashMap<>();

    /** Creates the counters, all at 0. */
    public LocalSerialNumbers() {
    }

    @Override
    public long next(String series) {
        return counters.computeIfAbsent(series, any -> new AtomicLong()).incrementAndGet();
    }
}
