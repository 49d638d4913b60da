package dev.actors.cluster.hazelcast;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs told messages that could not be delivered to a remote entity (a tell is at-most-once
 * across members): at WARN, at most {@value #PER_MINUTE} lines a minute, then one line with how
 * many more were lost (as the registry's dead-letter log does for local actors).
 */
final class LostTells {

    private static final Logger log = LoggerFactory.getLogger(LostTells.class);
    private static final int PER_MINUTE = 10;
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    private final AtomicLong windowStart = new AtomicLong(System.nanoTime());
    private final AtomicInteger inWindow = new AtomicInteger();

    void lost(String label, String why) {
        long now = System.nanoTime();
        long start = windowStart.get();
        if (now - start >= MINUTE && windowStart.compareAndSet(start, now)) {
            int previous = inWindow.getAndSet(0);
            if (previous > PER_MINUTE) {
                log.warn("{} more told messages to remote entities were lost in the last minute", previous - PER_MINUTE);
            }
        }
        if (inWindow.incrementAndGet() <= PER_MINUTE) {
            log.warn("Lost {}: {} (a tell to a remote entity is at-most-once)", label, why);
        }
    }
}
