package dev.actors.spring.observation;

import java.util.Map;

import dev.actors.ActorRef;
import dev.actors.MessageHook;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import org.slf4j.MDC;
import org.springframework.core.Ordered;

/**
 * Carries the sender's thread-local context to the actor: at send it captures every
 * {@code ThreadLocalAccessor} registered in Micrometer's {@link ContextRegistry} (the current
 * Observation, so the trace; Spring Security's context; the application's own), and the
 * SLF4J MDC; while the actor handles that message those values are the actor thread's, and
 * the thread's own are back afterwards. This is what Spring's
 * {@code ContextPropagatingTaskDecorator} does for an executor's task, done per message.
 *
 * <p>The MDC is carried whole when the registry has no MDC accessor
 * ({@link Slf4jThreadLocalAccessor}) at the time this hook is created: applications expect
 * their MDC values in the actor's log lines without set-up. When the application registered
 * one, it decides which MDC keys travel and this hook leaves the MDC to it.
 *
 * <p>Pykka and Pekko have no equivalent (Pekko relies on telemetry agents).
 */
public final class ContextPropagatingMessageHook implements MessageHook, Ordered {

    /** Where this hook runs among the application's hooks: first, so that the others see the sender's context. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    private static final Scope NOTHING_RESTORED = failure -> {
    };

    private final ContextSnapshotFactory snapshots;

    private final boolean carriesMdc;

    /**
     * Creates the hook over the global {@link ContextRegistry}, as Spring's
     * {@code ContextPropagatingTaskDecorator} does.
     */
    public ContextPropagatingMessageHook() {
        this(ContextSnapshotFactory.builder().build(), ContextRegistry.getInstance());
    }

    /**
     * Creates the hook.
     *
     * @param snapshots captures and restores the registered thread-local values
     * @param registry the registry {@code snapshots} reads, checked for an MDC accessor
     */
    public ContextPropagatingMessageHook(ContextSnapshotFactory snapshots, ContextRegistry registry) {
        this.snapshots = snapshots;
        this.carriesMdc = registry.getThreadLocalAccessors().stream()
                .noneMatch(accessor -> accessor instanceof Slf4jThreadLocalAccessor
                        || Slf4jThreadLocalAccessor.KEY.equals(accessor.key()));
    }

    /**
     * Whether this hook carries the whole MDC itself (no MDC accessor was registered).
     *
     * @return {@code true} when the MDC travels with the message through this hook
     */
    public boolean carriesMdc() {
        return carriesMdc;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Object capture(ActorRef<?> recipient, Kind kind) {
        Map<String, String> mdc = carriesMdc ? MDC.getCopyOfContextMap() : null;
        return new SenderContext(snapshots.captureAll(), mdc);
    }

    @Override
    public Scope restore(ActorRef<?> recipient, Kind kind, Object captured) {
        if (!(captured instanceof SenderContext sender)) {
            return NOTHING_RESTORED;
        }
        Map<String, String> actorsMdc = null;
        if (carriesMdc) {
            actorsMdc = MDC.getCopyOfContextMap();
            setMdc(sender.mdc());
        }
        ContextSnapshot.Scope restored;
        try {
            restored = sender.snapshot().setThreadLocals();
        }
        catch (RuntimeException | Error ex) {
            if (carriesMdc) {
                setMdc(actorsMdc);
            }
            throw ex;
        }
        Map<String, String> previousMdc = actorsMdc;
        return failure -> {
            try {
                restored.close();
            }
            finally {
                if (carriesMdc) {
                    setMdc(previousMdc);
                }
            }
        };
    }

    private static void setMdc(Map<String, String> values) {
        if (values == null) {
            MDC.clear();
        }
        else {
            MDC.setContextMap(values);
        }
    }

    /** What a sender's thread held when it sent the message. */
    private record SenderContext(ContextSnapshot snapshot, Map<String, String> mdc) {
    }
}
