package dev.actors.cluster.hazelcast.autoconfigure.endpoint;

import dev.actors.cluster.hazelcast.EntityCluster;
import dev.actors.cluster.hazelcast.autoconfigure.ActorsClusterAutoConfiguration;
import dev.actors.cluster.hazelcast.endpoint.ActorsClusterEndpointContributor;
import dev.actors.spring.endpoint.ActorsEndpoint;
import dev.actors.spring.endpoint.ActorsEndpointContributor;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the entity cluster's section of the
 * {@code actors} endpoint ({@link ActorsClusterEndpointContributor}): when the context runs an
 * entity cluster and the endpoint is available (access not none, exposed).
 */
@AutoConfiguration(after = ActorsClusterAutoConfiguration.class)
@ConditionalOnClass({ EntityCluster.class, ActorsEndpointContributor.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean(EntityCluster.class)
@ConditionalOnAvailableEndpoint(ActorsEndpoint.class)
public final class ActorsClusterEndpointAutoConfiguration {

    ActorsClusterEndpointAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean
    ActorsClusterEndpointContributor actorsClusterEndpointContributor(EntityCluster cluster) {
        return new ActorsClusterEndpointContributor(cluster);
    }
}
