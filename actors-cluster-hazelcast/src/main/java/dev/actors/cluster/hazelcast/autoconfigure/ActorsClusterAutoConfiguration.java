package dev.actors.cluster.hazelcast.autoconfigure;

import com.hazelcast.core.HazelcastInstance;
import dev.actors.ActorRegistry;
import dev.actors.cluster.hazelcast.ClusterSettings;
import dev.actors.cluster.hazelcast.EntityCluster;
import dev.actors.cluster.hazelcast.spring.ClusteredEntitiesFactory;
import dev.actors.cluster.hazelcast.spring.ClusteredEntity;
import dev.actors.cluster.hazelcast.spring.EntityClusterLifecycle;
import dev.actors.spring.EntitiesFactory;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of an {@link EntityCluster} on the context's
 * Hazelcast member (the {@link HazelcastInstance} bean, e.g. from Spring Boot's own Hazelcast
 * auto-configuration and a {@code hazelcast.yaml}) for the context's {@link ActorRegistry}, closed
 * gracefully when the context closes ({@link EntityClusterLifecycle}); the entity beans annotated
 * {@link ClusteredEntity @ClusteredEntity} get its entities ({@link ClusteredEntitiesFactory}). Off with
 * {@code actors.cluster.enabled=false}.
 */
@AutoConfiguration(after = ActorsAutoConfiguration.class,
        afterName = "org.springframework.boot.hazelcast.autoconfigure.HazelcastAutoConfiguration")
@ConditionalOnClass({ ActorRegistry.class, HazelcastInstance.class, EntityCluster.class, ActorsAutoConfiguration.class })
@ConditionalOnBean({ ActorRegistry.class, HazelcastInstance.class })
@ConditionalOnBooleanProperty(name = "actors.cluster.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ActorsClusterProperties.class)
public final class ActorsClusterAutoConfiguration {

    ActorsClusterAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean
    EntityCluster entityCluster(HazelcastInstance hazelcast, ActorRegistry registry, ActorsClusterProperties properties) {
        ClusterSettings settings = ClusterSettings.defaults().withMinimumClusterSize(properties.getMinimumSize())
                .withAskTimeout(properties.getAskTimeout()).withHandoffTimeout(properties.getHandoffTimeout());
        return EntityCluster.start(hazelcast, registry, settings);
    }

    @Bean
    @ConditionalOnMissingBean
    EntityClusterLifecycle entityClusterLifecycle(EntityCluster cluster) {
        return new EntityClusterLifecycle(cluster);
    }

    @Bean
    @ConditionalOnMissingBean
    EntitiesFactory clusteredEntitiesFactory(EntityCluster cluster, ActorRegistry registry) {
        return new ClusteredEntitiesFactory(cluster, registry);
    }
}
