package dev.actors.spring.autoconfigure.endpoint;

import dev.actors.ActorRegistry;
import dev.actors.spring.ActorBeans;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import dev.actors.spring.autoconfigure.ActorsProperties;
import dev.actors.spring.endpoint.ActorsEndpoint;
import dev.actors.spring.endpoint.ActorsEndpointContributor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the {@link ActorsEndpoint}: when
 * the actuator is present and the endpoint is available (access not none, exposed), with the
 * context's {@link ActorsEndpointContributor} beans, in order.
 */
@AutoConfiguration(after = ActorsAutoConfiguration.class)
@ConditionalOnClass({ ActorRegistry.class, ActorsEndpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnAvailableEndpoint(ActorsEndpoint.class)
public final class ActorsEndpointAutoConfiguration {

    ActorsEndpointAutoConfiguration() {
    }

    @Bean
    @ConditionalOnBean({ ActorRegistry.class, ActorBeans.class })
    @ConditionalOnMissingBean
    ActorsEndpoint actorsEndpoint(ActorRegistry registry, ActorBeans actorBeans, ActorsProperties properties,
            ObjectProvider<ActorsEndpointContributor> contributors) {
        return new ActorsEndpoint(registry, actorBeans, properties.getShutdownTimeout(),
                contributors.orderedStream().toList());
    }
}
