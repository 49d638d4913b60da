package dev.actors.spring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * The {@link ObservationConvention} of {@code actors.message} observations: declare a bean
 * of this type to replace {@link DefaultActorMessageObservationConvention} (its names, its
 * key values), as with Spring's own {@code ServerRequestObservationConvention}. Pykka: none.
 */
public interface ActorMessageObservationConvention extends ObservationConvention<ActorMessageObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof ActorMessageObservationContext;
    }
}
