package dev.actors.spring.autoconfigure.observation;

import dev.actors.ActorRegistry;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import dev.actors.spring.observation.ActorMdcMessageHook;
import dev.actors.spring.observation.ContextPropagatingMessageHook;
import io.micrometer.context.ContextSnapshotFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} that carries the sender's thread-local
 * context (MDC, the current Observation, whatever is registered in Micrometer's
 * {@code ContextRegistry}) to the actor handling each message, and puts the actor's URN and
 * class in the MDC while it does: when Micrometer's context-propagation library is on the
 * class path. The hooks are registered on the context's {@link ActorRegistry}.
 *
 * <p>This is the actors' counterpart of {@code spring.task.execution.propagate-context}: that
 * property still governs Spring Boot's {@code applicationTaskExecutor} alone (this starter
 * never replaces nor decorates it), while a message to an actor always carries its sender's
 * context, as a synchronous call would: the actor works on the sender's behalf. With the
 * property true, a task an actor hands to the {@code applicationTaskExecutor} carries the
 * actor's context on, so a trace follows the message into that task too.
 */
@AutoConfiguration(after = ActorsAutoConfiguration.class)
@ConditionalOnClass({ ActorRegistry.class, ContextSnapshotFactory.class })
@ConditionalOnBean(ActorRegistry.class)
public final class ActorsContextPropagationAutoConfiguration {

    ActorsContextPropagationAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean
    ContextPropagatingMessageHook contextPropagatingMessageHook() {
        return new ContextPropagatingMessageHook();
    }

    @Bean
    @ConditionalOnMissingBean
    ActorMdcMessageHook actorMdcMessageHook() {
        return new ActorMdcMessageHook();
    }
}
