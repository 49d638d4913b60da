package dev.actors.spring.autoconfigure.metrics;

import dev.actors.ActorRegistry;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import dev.actors.spring.ActorBeans;
import dev.actors.spring.metrics.ActorMetrics;
import dev.actors.spring.metrics.EntityMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for {@link ActorMetrics} and, for the
 * entities of entity beans, {@link EntityMetrics}: when a {@link MeterRegistry} bean exists and
 * {@code actors.metrics.enabled} is not false.
 */
@AutoConfiguration(after = ActorsAutoConfiguration.class,
        afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass({ ActorRegistry.class, MeterRegistry.class })
@ConditionalOnBean({ ActorRegistry.class, MeterRegistry.class })
@ConditionalOnBooleanProperty(name = "actors.metrics.enabled", matchIfMissing = true)
public final class ActorsMetricsAutoConfiguration {

    ActorsMetricsAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean
    ActorMetrics actorMetrics(ActorRegistry registry) {
        return new ActorMetrics(registry);
    }

    @Bean
    @ConditionalOnBean(ActorBeans.class)
    @ConditionalOnMissingBean
    EntityMetrics entityMetrics(ActorBeans actorBeans) {
        return new EntityMetrics(actorBeans);
    }
}
