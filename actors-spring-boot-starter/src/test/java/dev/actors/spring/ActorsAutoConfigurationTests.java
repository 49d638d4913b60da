package dev.actors.spring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.VirtualThreadActor;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.ResolvableType;

import static org.assertj.core.api.Assertions.assertThat;

class ActorsAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class));

    @Test
    void providesTheContextsOwnRegistryWithDefaultTimeouts() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(ActorRegistry.class).hasSingleBean(ActorBeans.class)
                    .hasSingleBean(ActorsShutdown.class);
            assertThat(context.getBean(ActorRegistry.class)).isNotSameAs(ActorRegistry.getDefault());
            assertThat(context.getBean(ActorRegistry.class).askTimeout()).isEqualTo(Duration.ofSeconds(30));
        });
    }

    @Test
    void askTimeoutPropertySetsTheRegistrysAskTimeout() {
        runner.withPropertyValues("actors.ask-timeout=750ms").run(context ->
                assertThat(context.getBean(ActorRegistry.class).askTimeout()).isEqualTo(Duration.ofMillis(750)));
    }

    @Test
    void threadingActorsRunOnDaemonThreadsUnlessTurnedOff() {
        runner.run(context -> assertThat(context.getBean(ActorRegistry.class).daemonThreads()).isTrue());
        runner.withPropertyValues("actors.daemon-threads=false").run(context ->
                assertThat(context.getBean(ActorRegistry.class).daemonThreads()).isFalse());
    }

    @Test
    void negativeTimeoutsFailStartupNamingTheProperty() {
        runner.withPropertyValues("actors.shutdown-timeout=-1s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("actors.shutdown-timeout must not be negative");
        });
        runner.withPropertyValues("actors.ask-timeout=-1s").run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("actors.ask-timeout=0s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("actors.ask-timeout must be a positive duration");
        });
    }

    @Test
    void hugeDurationsMeanNoBound() {
        runner.withPropertyValues("actors.ask-timeout=1000000d", "actors.shutdown-timeout=1000000d",
                "actors.startup-timeout=1000000d").withBean("echo", Echo.class).run(context -> {
                    assertThat(context).hasNotFailed();
                    ActorRegistry registry = context.getBean(ActorRegistry.class);
                    assertThat(registry.askTimeout()).isEqualTo(Duration.ofDays(1_000_000));
                    ActorRef<?> echo = registry.getAll().getFirst();
                    assertThat(echo.<Object>ask("ping").get(Duration.ofSeconds(10))).isEqualTo("ping");
                    context.close();
                    assertThat(echo.isAlive()).isFalse();
                });
    }

    @Test
    void disabledMeansNoRegistryNoRefsAndNoActorStarted() {
        runner.withPropertyValues("actors.enabled=false").withBean("echo", Echo.class).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(ActorRegistry.class).doesNotHaveBean(ActorBeans.class)
                    .doesNotHaveBean(ActorsShutdown.class);
            assertThat(context.getBeanNamesForType(ResolvableType.forClassWithGenerics(ActorRef.class, Echo.class)))
                    .isEmpty();
            assertThat(context.getBean(Echo.class).actorUrn()).isNotNull();
            assertThat(ActorRegistry.getDefault().getByUrn(context.getBean(Echo.class).actorUrn())).isEmpty();
        });
    }

    @Test
    void contextsNeverShareOrStopEachOthersActors() {
        runner.withBean("echo", Echo.class).run(first -> {
            ActorRef<?> firstEcho = first.getBean(ActorRegistry.class).getAll().getFirst();
            runner.withBean("echo", Echo.class).run(second -> {
                ActorRegistry secondRegistry = second.getBean(ActorRegistry.class);
                assertThat(secondRegistry).isNotSameAs(first.getBean(ActorRegistry.class));
                assertThat(secondRegistry.getAll()).hasSize(1).doesNotContain(firstEcho);
            });
            assertThat(firstEcho.isAlive()).isTrue();
            assertThat(first.getBean(ActorRegistry.class).getAll()).containsExactly(firstEcho);
        });
    }

    @Test
    void configurationMetadataDescribesTheProperties() throws IOException {
        try (InputStream metadata = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(metadata).isNotNull();
            String json = new String(metadata.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"actors.enabled\"", "\"actors.ask-timeout\"", "\"actors.shutdown-timeout\"",
                    "\"actors.startup-timeout\"",
                    "\"actors.metrics.enabled\"", "blocking call through a typed interface proxy");
        }
    }

    @Actor
    static class Echo extends VirtualThreadActor {
        @Override
        protected Object onReceive(Object message) {
            return message;
        }
    }
}
