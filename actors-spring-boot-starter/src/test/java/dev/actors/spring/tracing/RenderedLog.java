package dev.actors.spring.tracing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.slf4j.LoggerFactory;

/**
 * The log lines of one logger (and its children) as a real Logback appender writes them,
 * with a pattern that shows the MDC's trace and span ids and the actor's class.
 */
final class RenderedLog implements AutoCloseable {

    static final String PATTERN = "%X{traceId:-} %X{spanId:-} %X{actor.class:-} [%logger{0}] %m%n";

    private final Logger logger;

    private final ByteArrayOutputStream lines = new ByteArrayOutputStream();

    private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();

    RenderedLog(String loggerName) {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(logging);
        encoder.setPattern(PATTERN);
        encoder.start();
        appender.setContext(logging);
        appender.setEncoder(encoder);
        appender.setOutputStream(lines);
        appender.start();
        logger = logging.getLogger(loggerName);
        logger.addAppender(appender);
    }

    /** The lines written so far: the encoder writes each event in one synchronized write of the stream. */
    List<String> lines() {
        return lines.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
