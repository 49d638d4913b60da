package dev.actors.cluster.hazelcast.autoconfigure.health;

import dev.actors.cluster.hazelcast.EntityCluster;
import dev.actors.cluster.hazelcast.autoconfigure.ActorsClusterAutoConfiguration;
import dev.actors.cluster.hazelcast.health.ActorsClusterHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the {@code actorsCluster}
 * {@link ActorsClusterHealthIndicator}: when Spring Boot's health module is present and
 * {@code management.health.actors-cluster.enabled} is not false.
 */
@AutoConfiguration(after = ActorsClusterAutoConfiguration.class)
@ConditionalOnClass({ EntityCluster.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(EntityCluster.class)
@ConditionalOnEnabledHealthIndicator("actors-cluster")
public final class ActorsClusterHealthContributorAutoConfiguration {

    ActorsClusterHealthContributorAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean(name = "actorsClusterHealthIndicator")
    ActorsClusterHealthIndicator actorsClusterHealthIndicator(EntityCluster cluster) {
        return new ActorsClusterHealthIndicator(cluster);
    }
}
