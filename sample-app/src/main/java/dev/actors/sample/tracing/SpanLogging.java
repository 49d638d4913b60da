package dev.actors.sample.tracing;

import java.util.TreeMap;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Exports the sample's spans to its log instead of a tracing server (Zipkin, an OTLP
 * collector): Spring Boot hands every finished Brave span to the {@link SpanHandler} beans.
 * Each HTTP request is a span; each message an actor handles is a child span
 * ({@code actors.message}, for example {@code call TransferCoordinator}), so the log shows
 * one trace across the controller and every actor the request reached.
 */
@Configuration(proxyBeanMethods = false)
public class SpanLogging {

    private static final Logger log = LoggerFactory.getLogger(SpanLogging.class);

    /** Created by Spring. */
    public SpanLogging() {
    }

    /**
     * Writes each finished span to the log at INFO: name, ids, parent, duration and tags.
     *
     * @return the handler
     */
    @Bean
    SpanHandler loggingSpanHandler() {
        return new SpanHandler() {
            @Override
            public boolean end(TraceContext context, MutableSpan span, Cause cause) {
                if (cause == Cause.FINISHED) {
                    log.info("Span '{}' trace={} span={} parent={} {} us {}", span.name(), span.traceId(), span.id(),
                            span.parentId(), span.finishTimestamp() - span.startTimestamp(), new TreeMap<>(span.tags()));
                }
                return true;
            }

            @Override
            public String toString() {
                return "LoggingSpanHandler";
            }
        };
    }
}
