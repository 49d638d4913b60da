package dev.actors.spring.autoconfigure;

import dev.actors.ActorRegistry;
import dev.actors.EntitySettings;
import dev.actors.MessageHook;
import dev.actors.spring.ActorBeanDefinitionRegistrar;
import dev.actors.spring.ActorBeans;
import dev.actors.spring.ActorStartingPostProcessor;
import dev.actors.spring.ActorsRuntimeHints;
import dev.actors.spring.ActorsShutdown;
import dev.actors.spring.ActorsStartup;
import dev.actors.spring.MessageHookRegistrar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ImportRuntimeHints;

/**
 * {@link EnableAutoConfiguration Auto-configuration} that runs
 * {@link dev.actors.spring.Actor @Actor} beans as actors in the context's own
 * {@link ActorRegistry}, makes their refs and proxies injectable, and stops them when the
 * context closes; the context's {@link MessageHook} beans (context propagation, observations)
 * become the registry's hook; entity beans get their {@code Entities}, with the
 * {@link EntitySettings} bean ({@code actors.entities.*} unless the application defines its own)
 * as settings. Off with {@code actors.enabled=false}.
 */
@AutoConfiguration
@ConditionalOnClass(ActorRegistry.class)
@ConditionalOnBooleanProperty(name = "actors.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ActorsProperties.class)
@ImportRuntimeHints(ActorsRuntimeHints.class)
public final class ActorsAutoConfiguration {

    ActorsAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean
    ActorRegistry actorRegistry(ActorsProperties properties) {
        ActorRegistry registry = new ActorRegistry();
        registry.setAskTimeout(properties.getAskTimeout());
        registry.setDaemonThreads(properties.isDaemonThreads());
        return registry;
    }

    @Bean
    @ConditionalOnMissingBean
    ActorBeans actorBeans(ActorRegistry registry) {
        return new ActorBeans(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    ActorsShutdown actorsShutdown(ActorRegistry registry, ActorBeans actorBeans, ActorsProperties properties) {
        return new ActorsShutdown(registry, actorBeans, properties.getShutdownTimeout());
    }

    @Bean
    @ConditionalOnMissingBean
    ActorsStartup actorsStartup(ActorsProperties properties) {
        return new ActorsStartup(properties.getStartupTimeout());
    }

    @Bean
    @ConditionalOnMissingBean
    EntitySettings actorEntitySettings(ActorsProperties properties) {
        ActorsProperties.Entities entities = properties.getEntities();
        EntitySettings settings = EntitySettings.defaults().withIdleTimeout(entities.getIdleTimeout());
        return entities.getMaxLive() == null ? settings : settings.withMaxLive(entities.getMaxLive());
    }

    @Bean
    static ActorBeanDefinitionRegistrar actorBeanDefinitionRegistrar() {
        return new ActorBeanDefinitionRegistrar();
    }

    @Bean
    static MessageHookRegistrar messageHookRegistrar(ObjectProvider<MessageHook> hooks) {
        return new MessageHookRegistrar(hooks);
    }

    @Bean
    static ActorStartingPostProcessor actorStartingPostProcessor(ObjectProvider<ActorBeans> actorBeans,
            ObjectProvider<ActorsShutdown> shutdown, ObjectProvider<ActorsStartup> startup) {
        return new ActorStartingPostProcessor(actorBeans, shutdown, startup);
    }
}
