package dev.actors.spring.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.ThreadingActor;
import dev.actors.VirtualThreadActor;
import dev.actors.spring.Actor;
import dev.actors.spring.ActorsShutdown;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Closing a context whose actors are slow or stuck in {@code onStop} (platform and virtual
 * threads) or in a handler takes {@code actors.shutdown-timeout} plus a small margin, not
 * more, and logs the laggards by bean name; a prompt actor is stopped and not blamed.
 */
class ContextCloseBoundTest {

    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(2);
    /** Everything but the actors' stop: a loaded CI machine included. */
    private static final Duration MARGIN = Duration.ofSeconds(1);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final CountDownLatch release = new CountDownLatch(1);
    private static final CountDownLatch handlerStuck = new CountDownLatch(1);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class))
            .withPropertyValues("actors.shutdown-timeout=" + SHUTDOWN_TIMEOUT.toMillis() + "ms")
            .withBean("prompt", Prompt.class)
            .withBean("slowOnStop", SlowOnStop.class)
            .withBean("slowVirtualOnStop", SlowVirtualOnStop.class)
            .withBean("stuckInHandler", StuckInHandler.class);

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger shutdownLogger = (Logger) LoggerFactory.getLogger(ActorsShutdown.class);

    @BeforeEach
    void captureLog() {
        logged.start();
        shutdownLogger.addAppender(logged);
    }

    @AfterEach
    void releaseActorsAndLog() {
        release.countDown();
        shutdownLogger.detachAppender(logged);
    }

    @Test
    void closeTakesTheShutdownTimeoutPlusAMarginAndNamesTheLaggards() {
        runner.run(context -> {
            ActorRegistry registry = context.getBean(ActorRegistry.class);
            List<ActorRef<?>> refs = registry.getAll();
            registry.getByClass(StuckInHandler.class).getFirst().tell("get stuck");
            assertThat(handlerStuck.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

            long began = System.nanoTime();
            context.close();
            Duration took = Duration.ofNanos(System.nanoTime() - began);

            System.out.println("[shutdown] context close with 3 laggards: " + took.toMillis() + " ms");
            assertThat(took).isLessThan(SHUTDOWN_TIMEOUT.plus(MARGIN));
            ActorRef<?> prompt = refs.stream().filter(ref -> ref.actorClass() == Prompt.class).findFirst().orElseThrow();
            await().atMost(PATIENCE).until(() -> !prompt.isAlive());
        });
        List<String> warnings = logged.list.stream().filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(warnings).as("one WARN naming the laggards").hasSize(1);
        assertThat(warnings.getFirst()).contains("'slowOnStop'", "'slowVirtualOnStop'", "'stuckInHandler'")
                .doesNotContain("'prompt'");
    }

    private static void awaitRelease() {
        try {
            release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops at once; started first, so stopped last (LIFO), after the laggards. */
    @Actor
    static class Prompt extends ThreadingActor {
    }

    /** A platform-thread actor slow in {@code onStop}. */
    @Actor
    static class SlowOnStop extends ThreadingActor {
        @Override
        protected void onStop() {
            awaitRelease();
        }
    }

    /** A virtual-thread actor slow in {@code onStop}. */
    @Actor
    static class SlowVirtualOnStop extends VirtualThreadActor {
        @Override
        protected void onStop() {
            awaitRelease();
        }
    }

    /** An actor stuck in a handler when the context closes. */
    @Actor
    static class StuckInHandler extends ThreadingActor {
        @Override
        protected Object onReceive(Object message) {
            handlerStuck.countDown();
            awaitRelease();
            return null;
        }
    }
}
