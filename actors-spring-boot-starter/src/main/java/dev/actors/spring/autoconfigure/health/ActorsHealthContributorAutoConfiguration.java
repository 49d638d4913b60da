package dev.actors.spring.autoconfigure.health;

import dev.actors.ActorRegistry;
import dev.actors.spring.ActorBeans;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import dev.actors.spring.health.ActorsHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the {@code actors}
 * {@link ActorsHealthIndicator}: when Spring Boot's health module is present and
 * {@code management.health.actors.enabled} is not false.
 */
@AutoConfiguration(after = ActorsAutoConfiguration.class)
@ConditionalOnClass({ ActorRegistry.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean({ ActorRegistry.class, ActorBeans.class })
@ConditionalOnEnabledHealthIndicator("actors")
public final class ActorsHealthContributorAutoConfiguration {

    ActorsHealthContributorAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean(name = "actorsHealthIndicator")
    ActorsHealthIndicator actorsHealthIndicator(ActorRegistry registry, ActorBeans actorBeans) {
        return new ActorsHealthIndicator(registry, actorBeans);
    }
}
