package dev.actors.cluster.hazelcast;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Told messages that could not be delivered to a remote entity (a tell is at-most-once across
 * members): each goes to the {@link ClusterDeadLetter} listeners, on the thread that found it
 * lost, and is logged at WARN, at most {@value #PER_MINUTE} lines a minute, then one line with how
 * many more were lost (as the registry's dead-letter log does for local actors). The key and
 * message are read back from their bytes only when a listener is there.
 */
final class LostTells {

    private static final Logger log = LoggerFactory.getLogger(LostTells.class);
    private static final int PER_MINUTE = 10;
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    private final Payloads payloads;
    private final List<Consumer<? super ClusterDeadLetter>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong windowStart = new AtomicLong(System.nanoTime());
    private final AtomicInteger inWindow = new AtomicInteger();

    LostTells(Payloads payloads) {
        this.payloads = payloads;
    }

    AutoCloseable addListener(Consumer<? super ClusterDeadLetter> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void lost(RemoteEnvelope envelope, String why, ClusterCounters.Failure reason) {
        logRateLimited(envelope.label, why);
        if (listeners.isEmpty()) {
            return;
        }
        ClusterDeadLetter deadLetter;
        try {
            deadLetter = new ClusterDeadLetter(envelope.kind, payloads.fromBytes(envelope.key), messageOf(envelope), reason,
                    why);
        } catch (RuntimeException unreadable) { // it was written by this member: not expected, never fatal
            log.warn("Could not read back the lost {} for the dead-letter listeners", envelope.label, unreadable);
            return;
        }
        for (Consumer<? super ClusterDeadLetter> listener : listeners) {
            try {
                listener.accept(deadLetter);
            } catch (RuntimeException | Error failure) {
                log.error("A cluster dead-letter listener ({}) failed on {}", listener.getClass().getName(),
                        envelope.label, failure);
            }
        }
    }

    private Object messageOf(RemoteEnvelope envelope) {
        if (envelope.type != RemoteEnvelope.CALL) {
            return payloads.fromBytes(envelope.message);
        }
        String api = envelope.method.api();
        return api.substring(api.lastIndexOf('.') + 1) + "." + envelope.method.name() + "("
                + Arrays.stream(envelope.arguments).map(bytes -> Objects.toString(payloads.<Object>fromBytes(bytes)))
                        .collect(Collectors.joining(", ")) + ")";
    }

    private void logRateLimited(String label, String why) {
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
