package dev.actors.spring;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.ActorState;
import dev.actors.RestartPolicy;
import dev.actors.VirtualThreadActor;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import dev.actors.spring.autoconfigure.health.ActorsHealthContributorAutoConfiguration;
import dev.actors.spring.health.ActorsHealthIndicator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ActorsHealthContributorAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(ActorsAutoConfiguration.class, ActorsHealthContributorAutoConfiguration.class));

    @Test
    void upWithCountsWhileNoSingletonDied() {
        runner.withBean("fragile", Fragile.class).run(context -> {
            Health health = context.getBean(ActorsHealthIndicator.class).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("active", 1).containsEntry("restarting", 0L)
                    .containsEntry("failedSingletons", 0);
        });
    }

    @Test
    void downWhenASingletonActorDiedOfAFailure() {
        runner.withBean("fragile", Fragile.class).run(context -> {
            ActorRef<?> fragile = context.getBean(ActorRegistry.class).getAll().getFirst();
            fragile.tell("break");
            await().atMost(Duration.ofSeconds(10)).until(() -> !fragile.isAlive());
            ActorsHealthIndicator indicator = context.getBean(ActorsHealthIndicator.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> indicator.health(true).getStatus() == Status.DOWN);
            Health health = indicator.health(true);
            assertThat(health.getDetails()).containsEntry("active", 0).containsEntry("failedSingletons", 1);
            assertThat(health.getDetails().get("failed")).isEqualTo(List.of(Map.of("beanName", "fragile",
                    "actorClass", Fragile.class.getName(), "urn", fragile.actorUrn(),
                    "failure", "java.lang.IllegalStateException: broken on purpose")));
        });
    }

    @Test
    void upWithTheNumberOfActorsRestartingWhileASingletonWaitsOutItsBackoff() {
        runner.withBean("resilient", Resilient.class).run(context -> {
            ActorRef<?> resilient = context.getBean(ActorRegistry.class).getAll().getFirst();
            ActorsHealthIndicator indicator = context.getBean(ActorsHealthIndicator.class);
            assertThat(indicator.health(true).getDetails()).containsEntry("restarting", 0L);

            resilient.tell("break");
            await().atMost(Duration.ofSeconds(10)).until(() -> resilient.state() == ActorState.RESTARTING);
            Health restarting = indicator.health(true);
            assertThat(restarting.getStatus()).isEqualTo(Status.UP);
            assertThat(restarting.getDetails()).containsEntry("active", 1).containsEntry("restarting", 1L)
                    .containsEntry("failedSingletons", 0);

            // A stop ends the ten-minute backoff: the new instance starts, then stops normally.
            assertThat(resilient.stop(Duration.ofSeconds(10))).isTrue();
            Health stopped = indicator.health(true);
            assertThat(stopped.getStatus()).isEqualTo(Status.UP);
            assertThat(stopped.getDetails()).containsEntry("restarting", 0L).containsEntry("failedSingletons", 0);
        });
    }

    @Test
    void downNamingASingletonThatExhaustedItsRestarts() {
        runner.withBean("fragileOnce", FragileOnce.class).run(context -> {
            ActorRef<?> fragile = context.getBean(ActorRegistry.class).getAll().getFirst();
            fragile.tell("break");
            fragile.tell("break");
            await().atMost(Duration.ofSeconds(10)).until(() -> !fragile.isAlive());
            assertThat(fragile.restartCount()).isEqualTo(1);
            ActorsHealthIndicator indicator = context.getBean(ActorsHealthIndicator.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> indicator.health(true).getStatus() == Status.DOWN);
            assertThat(indicator.health(true).getDetails()).containsEntry("failedSingletons", 1)
                    .containsEntry("failed", List.of(Map.of("beanName", "fragileOnce",
                            "actorClass", FragileOnce.class.getName(), "urn", fragile.actorUrn(),
                            "failure", "java.lang.IllegalStateException: broken on purpose")));
        });
    }

    @Test
    void aSingletonStoppedNormallyKeepsItUp() {
        runner.withBean("fragile", Fragile.class).run(context -> {
            context.getBean(ActorRegistry.class).getAll().getFirst().stop(Duration.ofSeconds(10));
            assertThat(context.getBean(ActorsHealthIndicator.class).health(true).getStatus()).isEqualTo(Status.UP);
        });
    }

    @Test
    void offWhenDisabled() {
        runner.withPropertyValues("management.health.actors.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ActorsHealthIndicator.class));
    }

    @Actor
    static class Fragile extends VirtualThreadActor {
        @Override
        protected Object onReceive(Object message) {
            throw new IllegalStateException("broken on purpose");
        }
    }

    /** Restarted after ten minutes (or at once when stopped). */
    @Actor
    static class Resilient extends Fragile {
        @Override
        protected RestartPolicy restartPolicy() {
            return RestartPolicy.onFailure().withBackoff(Duration.ofMinutes(10), Duration.ofMinutes(10));
        }
    }

    /** Restarted once, then stopped for good by its next failure. */
    @Actor
    static class FragileOnce extends Fragile {
        @Override
        protected RestartPolicy restartPolicy() {
            return RestartPolicy.onFailure().withMaxRestarts(1, Duration.ofMinutes(1))
                    .withBackoff(Duration.ofMillis(1), Duration.ofMillis(1));
        }
    }
}
