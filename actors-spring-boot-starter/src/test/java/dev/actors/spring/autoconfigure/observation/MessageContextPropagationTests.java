package dev.actors.spring.autoconfigure.observation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.MessageHook;
import dev.actors.ThreadingActor;
import dev.actors.spring.CompositeMessageHook;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import dev.actors.spring.observation.ActorMdcMessageHook;
import dev.actors.spring.observation.ContextPropagatingMessageHook;
import dev.actors.spring.observation.ObservingMessageHook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.ResolvableType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configured hooks on the context's registry, with real actors: what a message
 * carries from its sender, and what is registered when.
 */
class MessageContextPropagationTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class, ObservationAutoConfiguration.class,
                    ActorsContextPropagationAutoConfiguration.class, ActorsObservationAutoConfiguration.class))
            .withBean("recorder", MdcRecorder.class);

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void eachMessageCarriesTheMdcItsSenderHadWhenSendingItNotALaterCallersNorTheSendersLaterOne() {
        runner.run(context -> {
            ActorRef<MdcRecorder> recorder = recorder(context.getBeanProvider(
                    ResolvableType.forClassWithGenerics(ActorRef.class, MdcRecorder.class)).getObject());
            MdcRecorder actor = context.getBean(MdcRecorder.class);
            CountDownLatch gate = new CountDownLatch(1);
            recorder.tell(gate);
            MDC.put("caller", "one");
            recorder.tell("from one");
            ExecutorService otherCaller = Executors.newSingleThreadExecutor();
            try {
                otherCaller.submit(() -> {
                    MDC.put("caller", "two");
                    recorder.tell("from two");
                }).get(10, TimeUnit.SECONDS);
            }
            finally {
                otherCaller.shutdownNow();
            }
            MDC.put("caller", "one, later");
            recorder.tell("from one, later");
            MDC.clear();
            recorder.tell("from nobody");
            gate.countDown();

            String urn = recorder.actorUrn();
            String type = MdcRecorder.class.getName();
            assertThat(actor.next()).isEqualTo(Map.of("actor.urn", urn, "actor.class", type));
            assertThat(actor.next()).isEqualTo(Map.of("message", "from one", "caller", "one", "actor.urn", urn, "actor.class", type));
            assertThat(actor.next()).isEqualTo(Map.of("message", "from two", "caller", "two", "actor.urn", urn, "actor.class", type));
            assertThat(actor.next()).isEqualTo(Map.of("message", "from one, later", "caller", "one, later", "actor.urn", urn,
                    "actor.class", type));
            assertThat(actor.next()).isEqualTo(Map.of("message", "from nobody", "actor.urn", urn, "actor.class", type));
        });
    }

    @Test
    void theStartersHooksAreTheRegistrysOneHookInTheirOrder() {
        runner.run(context -> {
            MessageHook hook = context.getBean(ActorRegistry.class).messageHook();
            assertThat(hook).isInstanceOf(CompositeMessageHook.class);
            assertThat(((CompositeMessageHook) hook).hooks()).containsExactly(
                    context.getBean(ContextPropagatingMessageHook.class), context.getBean(ActorMdcMessageHook.class),
                    context.getBean(ObservingMessageHook.class));
        });
    }

    @Test
    void withNeitherContextPropagationNorObservationOnTheClassPathNoHookIsRegisteredAndNothingTravels() {
        runner.withClassLoader(new FilteredClassLoader("io.micrometer.context", "io.micrometer.observation")).run(context -> {
            assertThat(context.getBean(ActorRegistry.class).messageHook()).isNull();
            ActorRef<MdcRecorder> recorder = recorder(context.getBeanProvider(
                    ResolvableType.forClassWithGenerics(ActorRef.class, MdcRecorder.class)).getObject());
            MDC.put("caller", "one");
            recorder.tell("from one");
            assertThat(context.getBean(MdcRecorder.class).next()).isEqualTo(Map.of("message", "from one"));
        });
    }

    @Test
    void anApplicationsOwnHookRunsInsideTheStartersOnes() {
        MessageHook own = new MessageHook() {
            @Override
            public Object capture(ActorRef<?> recipient, Kind kind) {
                return null;
            }

            @Override
            public Scope restore(ActorRef<?> recipient, Kind kind, Object captured) {
                return failure -> {
                };
            }
        };
        runner.withPropertyValues("actors.observations.enabled=false").withBean("ownHook", MessageHook.class, () -> own)
                .run(context -> assertThat(((CompositeMessageHook) context.getBean(ActorRegistry.class).messageHook()).hooks())
                        .containsExactly(context.getBean(ContextPropagatingMessageHook.class),
                                context.getBean(ActorMdcMessageHook.class), own));
    }

    @SuppressWarnings("unchecked")
    private static ActorRef<MdcRecorder> recorder(Object ref) {
        return (ActorRef<MdcRecorder>) ref;
    }

    /** Records the MDC each message is handled with (the message itself under "message"); a latch holds it up. */
    @dev.actors.spring.Actor
    static class MdcRecorder extends ThreadingActor {

        private final BlockingQueue<Map<String, String>> seen = new LinkedBlockingQueue<>();

        @Override
        protected Object onReceive(Object message) throws InterruptedException {
            Map<String, String> mdc = MDC.getCopyOfContextMap();
            if (message instanceof CountDownLatch gate) {
                seen.add(mdc == null ? Map.of() : mdc);
                if (!gate.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never opened the gate");
                }
                return null;
            }
            Map<String, String> entry = new java.util.HashMap<>(mdc == null ? Map.of() : mdc);
            entry.put("message", String.valueOf(message));
            seen.add(entry);
            return null;
        }

        Map<String, String> next() throws InterruptedException {
            Map<String, String> entry = seen.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(entry).as("a message handled within %s", WAIT).isNotNull();
            return entry;
        }
    }
}
