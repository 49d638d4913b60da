package dev.actors.reliability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts real log events per level. A soak run logs thousands of expected failures, so
 * keeping them (as a {@code ListAppender} does) would only cost memory.
 */
final class LevelCountingAppender extends AppenderBase<ILoggingEvent> {

    private final Map<Level, LongAdder> counts = new ConcurrentHashMap<>();

    @Override
    protected void append(ILoggingEvent event) {
        counts.computeIfAbsent(event.getLevel(), level -> new LongAdder()).increment();
    }

    long count(Level level) {
        LongAdder count = counts.get(level);
        return count == null ? 0 : count.sum();
    }

    Map<String, Long> snapshot() {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((level, count) -> snapshot.put(level.toString(), count.sum()));
        return snapshot;
    }
}
