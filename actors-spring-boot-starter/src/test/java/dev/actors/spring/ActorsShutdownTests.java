package dev.actors.spring;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.ThreadingActor;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.SmartLifecycle;

import static org.assertj.core.api.Assertions.assertThat;

class ActorsShutdownTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class));

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    private final Logger shutdownLogger = (Logger) LoggerFactory.getLogger(ActorsShutdown.class);

    @BeforeEach
    void captureLog() {
        logged.start();
        shutdownLogger.addAppender(logged);
    }

    @AfterEach
    void releaseLog() {
        shutdownLogger.detachAppender(logged);
    }

    @Test
    void runsAfterTheWebServersGracefulShutdownPhase() {
        int gracefulShutdownPhase = SmartLifecycle.DEFAULT_PHASE - 1024;
        int webServerPhase = SmartLifecycle.DEFAULT_PHASE - 2048;
        assertThat(ActorsShutdown.PHASE).isLessThan(gracefulShutdownPhase).isLessThan(webServerPhase);
    }

    @Test
    void anActorThatDoesNotStopInTimeIsLoggedByNameAndTheShutdownGoesOn() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        runner.withPropertyValues("actors.shutdown-timeout=200ms").withBean("stuck", Stuck.class)
                .withBean("quick", Quick.class).run(context -> {
                    ActorRegistry registry = context.getBean(ActorRegistry.class);
                    List<ActorRef<?>> refs = registry.getAll();
                    ActorRef<?> stuck = refs.stream().filter(ref -> ref.actorClass() == Stuck.class).findFirst()
                            .orElseThrow();
                    stuck.tell(new Block(blocked, release));
                    assertThat(blocked.await(10, TimeUnit.SECONDS)).isTrue();
                    long began = System.nanoTime();
                    context.close();
                    assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(5));
                    assertThat(refs.stream().filter(ref -> ref.actorClass() == Quick.class)).noneMatch(ActorRef::isAlive);
                    assertThat(stuck.isAlive()).isTrue();
                    release.countDown();
                    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !stuck.isAlive());
                });
        assertThat(logged.list).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("actors.shutdown-timeout (PT0.2S)", "'stuck' Stuck (urn:uuid:");
        });
    }

    @Test
    void actorsStartedWhileARefreshFailsAreStopped() {
        runner.withBean("quick", Quick.class).withBean(Failing.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(Quick.lastStarted.isAlive()).isFalse();
        });
    }

    @Test
    void aShutdownTimeoutTooLongForNanosecondsIsNoBoundAndTheStopStaysGracefulLastStartedFirst() {
        ActorRegistry registry = new ActorRegistry();
        List<String> journal = new CopyOnWriteArrayList<>();
        registry.start(new Journaled("first", journal)).tell("queued for first");
        registry.start(new Journaled("second", journal)).tell("queued for second");
        ActorsShutdown shutdown = new ActorsShutdown(registry, new ActorBeans(registry), Duration.ofDays(1_000_000));
        shutdown.start();

        shutdown.stop();

        // Each actor handles its own mailbox concurrently: only the stops are ordered across actors.
        assertThat(journal).containsExactlyInAnyOrder("first got queued for first", "second got queued for second",
                "second stopped", "first stopped");
        assertThat(journal.indexOf("second stopped")).isLessThan(journal.indexOf("first stopped"));
        assertThat(journal.indexOf("first got queued for first")).isLessThan(journal.indexOf("first stopped"));
        assertThat(journal.indexOf("second got queued for second")).isLessThan(journal.indexOf("second stopped"));
        assertThat(registry.getAll()).isEmpty();
        assertThat(logged.list).noneMatch(event -> event.getLevel() == Level.WARN);
    }

    record Block(CountDownLatch blocked, CountDownLatch release) {
    }

    @Actor
    static class Stuck extends ThreadingActor {
        @Override
        protected Object onReceive(Object message) {
            if (message instanceof Block(CountDownLatch blocked, CountDownLatch release)) {
                blocked.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            return null;
        }
    }

    @Actor
    static class Quick extends ThreadingActor {
        static volatile ActorRef<?> lastStarted;

        @Override
        protected void onStart() {
            lastStarted = actorRef();
        }
    }

    static class Journaled extends ThreadingActor {
        private final String name;

        private final List<String> journal;

        Journaled(String name, List<String> journal) {
            this.name = name;
            this.journal = journal;
        }

        @Override
        protected Object onReceive(Object message) {
            journal.add(name + " got " + message);
            return null;
        }

        @Override
        protected void onStop() {
            journal.add(name + " stopped");
        }
    }

    static class Failing {
        Failing(ActorRef<Quick> quick) {
            throw new IllegalStateException("refresh fails after " + quick + " started");
        }
    }
}
