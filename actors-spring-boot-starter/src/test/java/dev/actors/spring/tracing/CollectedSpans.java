package dev.actors.spring.tracing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;
import org.springframework.stereotype.Component;

/** An in-memory span exporter: Spring Boot hands every finished Brave span to SpanHandler beans. */
@Component
class CollectedSpans extends SpanHandler {

    private final List<MutableSpan> spans = new CopyOnWriteArrayList<>();

    @Override
    public boolean end(TraceContext context, MutableSpan span, Cause cause) {
        if (cause == Cause.FINISHED) {
            spans.add(new MutableSpan(span));
        }
        return true;
    }

    List<MutableSpan> spans() {
        return List.copyOf(spans);
    }
}
