package dev.actors;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

import static org.awaitility.Awaitility.await;

/**
 * Collects the real log events of the {@code dev.actors} loggers during one test (Pykka's
 * {@code log_handler} fixture). Register with {@code @RegisterExtension}. Actors log from their own
 * threads, so counts are taken with {@link #awaitCount} before they are asserted exactly.
 */
final class LogCapture implements BeforeEachCallback, AfterEachCallback {

    private static final String ACTORS_LOGGER = "dev.actors";

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        appender.start();
        logger().addAppender(appender);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        logger().detachAppender(appender);
        appender.stop();
    }

    /** The events so far at {@code level} whose formatted message contains {@code text}. */
    List<ILoggingEvent> events(Level level, String text) {
        return events(event -> event.getLevel() == level && event.getFormattedMessage().contains(text));
    }

    /** The events so far that match {@code filter}. */
    List<ILoggingEvent> events(Predicate<ILoggingEvent> filter) {
        // ListAppender appends inside AppenderBase.doAppend, which synchronizes on the appender;
        // copying under the same lock sees every event appended so far and never a torn list.
        synchronized (appender) {
            return appender.list.stream().filter(filter).toList();
        }
    }

    /** Waits until at least {@code count} events at {@code level} contain {@code text}, and returns them all. */
    List<ILoggingEvent> awaitCount(Level level, String text, int count) {
        await().atMost(Waits.TIMEOUT).pollInterval(Duration.ofMillis(10))
                .until(() -> events(level, text).size() >= count);
        return events(level, text);
    }

    private static Logger logger() {
        return (Logger) LoggerFactory.getLogger(ACTORS_LOGGER);
    }
}
