package dev.actors.benchmarks.spring;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.stereotype.Component;

/**
 * Where the Brave tracer's finished spans go in the benchmark: dropped, standing for an
 * exporter without its I/O; those of handled actor messages are counted, so that the
 * benchmark can check the tracer was in their path.
 */
@Component
public class FinishedSpans extends SpanHandler {

    private final LongAdder actorMessages = new LongAdder();

    @Override
    public boolean end(TraceContext context, MutableSpan span, Cause cause) {
        if (span.tag("message.kind") != null) {
            actorMessages.increment();
        }
        return true;
    }

    /** How many spans of handled actor messages ({@code actors.message}) ended so far. */
    public long actorMessages() {
        return actorMessages.sum();
    }
}
