package dev.actors.cluster.hazelcast.autoconfigure.metrics;

import dev.actors.cluster.hazelcast.EntityCluster;
import dev.actors.cluster.hazelcast.autoconfigure.ActorsClusterAutoConfiguration;
import dev.actors.cluster.hazelcast.metrics.ActorsClusterMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for {@link ActorsClusterMetrics}: when a
 * {@link MeterRegistry} bean exists and {@code actors.metrics.enabled} is not false.
 */
@AutoConfiguration(after = ActorsClusterAutoConfiguration.class,
        afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass({ EntityCluster.class, MeterRegistry.class })
@ConditionalOnBean({ EntityCluster.class, MeterRegistry.class })
@ConditionalOnBooleanProperty(name = "actors.metrics.enabled", matchIfMissing = true)
public final class ActorsClusterMetricsAutoConfiguration {

    ActorsClusterMetricsAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean
    ActorsClusterMetrics actorsClusterMetrics(EntityCluster cluster) {
        return new ActorsClusterMetrics(cluster);
    }
}
