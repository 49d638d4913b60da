package dev.actors.spring.observation;

import dev.actors.ActorRef;
import dev.actors.MessageHook;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.core.Ordered;

/**
 * Observes each handled message as an {@link Observation} named {@code actors.message}
 * ({@link ActorMessageObservationDocumentation#MESSAGE}): started just before the handler
 * runs, in scope while it runs, stopped right after with the handler's failure as its error.
 * Its parent is the Observation current on the sender's thread when the message was sent,
 * captured then: with a tracer each handled message is one span, a child of the sender's.
 * Boot's meter handler turns it into a timer {@code actors.message} (percentiles and
 * histograms through {@code management.metrics.distribution.*}).
 *
 * <p>Pykka has no equivalent; Pekko leaves this to telemetry agents.
 */
public final class ObservingMessageHook implements MessageHook, Ordered {

    /** Where this hook runs among the application's hooks: innermost of the starter's, around the handler only. */
    public static final int ORDER = ActorMdcMessageHook.ORDER + 100;

    private static final ActorMessageObservationConvention DEFAULT_CONVENTION = new DefaultActorMessageObservationConvention();

    private final ObservationRegistry registry;

    private final ActorMessageObservationConvention convention;

    /**
     * Creates the hook.
     *
     * @param registry where the observations are made
     * @param convention replaces the default convention, or {@code null} for the default
     */
    public ObservingMessageHook(ObservationRegistry registry, ActorMessageObservationConvention convention) {
        this.registry = registry;
        this.convention = convention;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Object capture(ActorRef<?> recipient, Kind kind) {
        return registry.getCurrentObservation();
    }

    @Override
    public Scope restore(ActorRef<?> recipient, Kind kind, Object captured) {
        Observation observation = ActorMessageObservationDocumentation.MESSAGE.observation(convention, DEFAULT_CONVENTION,
                () -> new ActorMessageObservationContext(recipient, kind), registry);
        if (captured instanceof Observation parent && !parent.isNoop()) {
            observation.parentObservation(parent);
        }
        observation.start();
        Observation.Scope scope = observation.openScope();
        return failure -> {
            try {
                if (failure != null) {
                    observation.error(failure);
                }
                scope.close();
            }
            finally {
                observation.stop();
            }
        };
    }
}
