package dev.actors.spring.autoconfigure.observation;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.VirtualThreadActor;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import dev.actors.spring.observation.ActorMdcMessageHook;
import dev.actors.spring.observation.ActorMessageObservationConvention;
import dev.actors.spring.observation.ContextPropagatingMessageHook;
import dev.actors.spring.observation.DefaultActorMessageObservationConvention;
import dev.actors.spring.observation.ObservingMessageHook;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ActorsObservationAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class, ObservationAutoConfiguration.class,
                    ActorsContextPropagationAutoConfiguration.class, ActorsObservationAutoConfiguration.class));

    @Test
    void withContextPropagationAndAnObservationRegistryEveryMessageCarriesItsContextAndIsObserved() {
        runner.run(context -> assertThat(context).hasSingleBean(ContextPropagatingMessageHook.class)
                .hasSingleBean(ActorMdcMessageHook.class).hasSingleBean(ObservingMessageHook.class));
    }

    @Test
    void observationsCanBeTurnedOffWhileTheContextStillTravels() {
        runner.withPropertyValues("actors.observations.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ObservingMessageHook.class)
                        .hasSingleBean(ContextPropagatingMessageHook.class).hasSingleBean(ActorMdcMessageHook.class));
    }

    @Test
    void withoutAnObservationRegistryBeanNoMessageIsObserved() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class,
                        ActorsContextPropagationAutoConfiguration.class, ActorsObservationAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(ObservingMessageHook.class)
                        .hasSingleBean(ContextPropagatingMessageHook.class));
    }

    @Test
    void withoutContextPropagationOnTheClassPathOnlyTheObservationRemains() {
        runner.withClassLoader(new FilteredClassLoader(ContextSnapshotFactory.class))
                .run(context -> assertThat(context).doesNotHaveBean(ContextPropagatingMessageHook.class)
                        .doesNotHaveBean(ActorMdcMessageHook.class).hasSingleBean(ObservingMessageHook.class));
    }

    @Test
    void withNeitherLibraryOnTheClassPathThereIsNoHook() {
        runner.withClassLoader(new FilteredClassLoader("io.micrometer.context", "io.micrometer.observation"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ContextPropagatingMessageHook.class)
                        .doesNotHaveBean(ActorMdcMessageHook.class).doesNotHaveBean(ObservingMessageHook.class));
    }

    @Test
    void withActorsDisabledThereIsNoHook() {
        runner.withPropertyValues("actors.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ContextPropagatingMessageHook.class)
                        .doesNotHaveBean(ObservingMessageHook.class));
    }

    @Test
    void theApplicationsHooksReplaceTheStartersOwn() {
        ContextPropagatingMessageHook propagation = new ContextPropagatingMessageHook(
                ContextSnapshotFactory.builder().build(), new ContextRegistry());
        runner.withBean(ContextPropagatingMessageHook.class, () -> propagation)
                .run(context -> assertThat(context.getBean(ContextPropagatingMessageHook.class)).isSameAs(propagation));
    }

    @Test
    void anApplicationsObservationConventionNamesTheObservationsOfHandledMessages() {
        List<String> observed = new CopyOnWriteArrayList<>();
        ObservationHandler<Observation.Context> recording = new ObservationHandler<>() {
            @Override
            public void onStop(Observation.Context context) {
                observed.add(context.getName());
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        };
        runner.withBean(ActorMessageObservationConvention.class, Renamed::new)
                .withBean("recording", ObservationHandler.class, () -> recording)
                .withBean("echo", Echo.class)
                .run(context -> {
                    ActorRef<?> echo = context.getBean(ActorRegistry.class).getByClass(Echo.class).getFirst();
                    assertThat(echo.ask("ping").get(Duration.ofSeconds(10))).isEqualTo("ping");
                    await().atMost(Duration.ofSeconds(10)).until(() -> observed.contains("shop.actors"));
                    assertThat(observed).doesNotContain("actors.message");
                });
    }

    @dev.actors.spring.Actor
    static class Echo extends VirtualThreadActor {

        @Override
        protected Object onReceive(Object message) {
            return message;
        }
    }

    static class Renamed extends DefaultActorMessageObservationConvention {

        @Override
        public String getName() {
            return "shop.actors";
        }
    }
}
