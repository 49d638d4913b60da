package dev.actors.spring.autoconfigure.observation;

import dev.actors.ActorRegistry;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import dev.actors.spring.observation.ActorMessageObservationConvention;
import dev.actors.spring.observation.ObservingMessageHook;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} that observes each message an actor
 * handles as {@code actors.message} ({@link ObservingMessageHook}) when an
 * {@link ObservationRegistry} bean exists and {@code actors.observations.enabled} is not
 * false. An {@link ActorMessageObservationConvention} bean replaces the default convention.
 */
@AutoConfiguration(after = ActorsAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ ActorRegistry.class, ObservationRegistry.class })
@ConditionalOnBean({ ActorRegistry.class, ObservationRegistry.class })
@ConditionalOnBooleanProperty(name = "actors.observations.enabled", matchIfMissing = true)
public final class ActorsObservationAutoConfiguration {

    ActorsObservationAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean
    ObservingMessageHook observingMessageHook(ObservationRegistry observationRegistry,
            ObjectProvider<ActorMessageObservationConvention> convention) {
        return new ObservingMessageHook(observationRegistry, convention.getIfAvailable());
    }
}
