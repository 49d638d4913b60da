package dev.actors.spring.autoconfigure;

import dev.actors.ActorRegistry;
import dev.actors.spring.AsyncActorMethodCheck;
import dev.actors.spring.event.ActorEventListenerFactory;
import dev.actors.spring.scheduling.ActorSchedulingRegistrar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for Spring-annotated methods of
 * {@link dev.actors.spring.Actor @Actor} beans: {@code @Scheduled} methods (with
 * {@code @EnableScheduling}) and {@code @EventListener} methods run inside their actors,
 * as messages; {@code @Async} on an actor class fails the startup. Off with
 * {@code actors.enabled=false}, like every actor feature.
 */
@AutoConfiguration(after = ActorsAutoConfiguration.class)
@ConditionalOnClass(ActorRegistry.class)
@ConditionalOnBooleanProperty(name = "actors.enabled", matchIfMissing = true)
public final class ActorsAnnotatedMethodsAutoConfiguration {

    ActorsAnnotatedMethodsAutoConfiguration() {
    }

    @Bean
    static ActorSchedulingRegistrar actorSchedulingRegistrar() {
        return new ActorSchedulingRegistrar();
    }

    @Bean
    static ActorEventListenerFactory actorEventListenerFactory(ObjectProvider<ActorRegistry> registry) {
        return new ActorEventListenerFactory(registry);
    }

    @Bean
    static AsyncActorMethodCheck asyncActorMethodCheck() {
        return new AsyncActorMethodCheck();
    }
}
