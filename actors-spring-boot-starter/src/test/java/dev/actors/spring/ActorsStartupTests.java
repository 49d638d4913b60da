package dev.actors.spring;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.RestartPolicy;
import dev.actors.ThreadingActor;
import dev.actors.VirtualThreadActor;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.ResolvableType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The context waits for its singleton actors' {@code onStart()} and fails to start with the
 * exception {@code onStart()} threw as the cause (once a restart policy's restarts are
 * exhausted; a restart that succeeds lets it start), or naming the actors still starting when
 * {@code actors.startup-timeout} runs out.
 */
class ActorsStartupTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class));

    @Test
    void aSingletonWhoseOnStartThrowsFailsStartupWithThatExceptionAsTheCause() {
        runner.withBean("auditTrail", FailingAtOnce.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(IllegalStateException.class)
                    .hasRootCauseMessage("audit file missing");
            assertThat(startupExceptionIn(context.getStartupFailure())).cause().hasMessage("audit file missing");
            assertThat(context.getStartupFailure())
                    .hasMessageContaining("@Actor bean 'auditTrail' (FailingAtOnce (urn:uuid:")
                    .hasMessageContaining("failed in onStart(): java.lang.IllegalStateException: audit file missing");
        });
    }

    @Test
    void aSingletonWhoseOnStartThrowsWhileTheRefreshGoesOnStillFailsStartupWithThatCause() {
        Thread refreshing = Thread.currentThread();
        FailingLater.entered = new CountDownLatch(1);
        FailingLater.release = new CountDownLatch(1);
        // Lets onStart throw once the refresh is waiting (or after 10 s): the old starter
        // reported "Started" by then.
        Thread releaser = Thread.ofPlatform().daemon().start(() -> {
            try {
                FailingLater.entered.await(10, TimeUnit.SECONDS);
                Awaitility.await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                        .until(() -> refreshing.getState() == Thread.State.TIMED_WAITING);
            }
            catch (InterruptedException | org.awaitility.core.ConditionTimeoutException ex) {
                // release anyway
            }
            FailingLater.release.countDown();
        });
        runner.withPropertyValues("actors.shutdown-timeout=5s").withBean("ledger", FailingLater.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasRootCauseMessage("ledger replay failed")
                    .hasMessageContaining("@Actor bean 'ledger'");
        });
        FailingLater.release.countDown();
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !releaser.isAlive());
    }

    @Test
    void theContextIsStartedOnlyOnceEverySingletonsOnStartReturnedAndTheyRunConcurrently() {
        BothStarting.bothIn = new CountDownLatch(2);
        runner.withBean("left", BothStarting.class).withBean("right", BothStarting.class).run(context -> {
            assertThat(context).hasNotFailed();
            ActorRegistry registry = context.getBean(ActorRegistry.class);
            assertThat(registry.getAll()).hasSize(2).allSatisfy(ref ->
                    assertThat(((ActorRef<?>) ref).proxy().call(actor -> ((BothStarting) actor).started).get(
                            Duration.ofSeconds(10))).isTrue());
        });
    }

    @Test
    void whenTheStartupTimeoutRunsOutTheContextFailsNamingTheActorsStillInOnStart() {
        CountDownLatch release = new CountDownLatch(1);
        Slow.release = release;
        try {
            runner.withPropertyValues("actors.startup-timeout=300ms", "actors.shutdown-timeout=200ms")
                    .withBean("slow", Slow.class).withBean("quick", Quick.class).run(context -> {
                        assertThat(context).hasFailed();
                        assertThat(context.getStartupFailure()).isInstanceOf(ActorStartupException.class)
                                .hasMessageContaining("1 @Actor beans were still in onStart() when "
                                        + "actors.startup-timeout (PT0.3S) ran out: 'slow' Slow (urn:uuid:")
                                .hasMessageNotContaining("quick");
                    });
        }
        finally {
            release.countDown();
        }
    }

    @Test
    void aLazySingletonWhoseOnStartThrowsFailsTheLookUpOfItsRefWithThatCause() {
        runner.withBean("auditTrail", FailingAtOnce.class, FailingAtOnce::new, definition -> definition.setLazyInit(true)).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ActorRegistry.class).getAll()).isEmpty();
            assertThatThrownBy(() -> context.getBeanProvider(
                    ResolvableType.forClassWithGenerics(ActorRef.class, FailingAtOnce.class)).getObject())
                    .hasRootCauseMessage("audit file missing")
                    .hasMessageContaining("@Actor bean 'auditTrail'");
        });
    }

    @Test
    void aSingletonWhoseOnStartFailsButWhoseRestartSucceedsLetsTheContextStart() {
        runner.withBean(Attempts.class).withBean("journal", FailingOnce.class).run(context -> {
            assertThat(context).hasNotFailed();
            ActorRef<?> journal = context.getBean(ActorRegistry.class).getAll().getFirst();
            assertThat(journal.restartCount()).isEqualTo(1);
            assertThat(context.getBean(Attempts.class).count.get()).isEqualTo(2);
            assertThat(journal.<Object>ask("ping").get(Duration.ofSeconds(10))).isEqualTo("pong from attempt 2");
        });
    }

    @Test
    void aSingletonThatExhaustsItsRestartsInOnStartFailsStartupWithTheLastFailureAsTheCause() {
        runner.withBean(Attempts.class).withBean("journal", FailingEveryTime.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasRootCauseMessage("journal unreadable (attempt 3)")
                    .hasMessageContaining("@Actor bean 'journal' (FailingEveryTime (urn:uuid:")
                    .hasMessageContaining("failed in onStart() (after 2 restarts by its restart policy): "
                            + "java.lang.IllegalStateException: journal unreadable (attempt 3)");
            assertThat(startupExceptionIn(context.getStartupFailure()).getBeanNames()).containsExactly("journal");
        });
    }

    @Test
    void aHugeStartupTimeoutIsNoBound() {
        runner.withPropertyValues("actors.startup-timeout=1000000d").withBean("quick", Quick.class)
                .run(context -> assertThat(context).hasNotFailed());
    }

    private static ActorStartupException startupExceptionIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ActorStartupException startup) {
                return startup;
            }
        }
        throw new AssertionError("no ActorStartupException in the cause chain of " + failure, failure);
    }

    @Actor
    static class FailingAtOnce extends ThreadingActor {
        @Override
        protected void onStart() {
            throw new IllegalStateException("audit file missing");
        }
    }

    /** Counts the instances built by a test. */
    static class Attempts {
        final AtomicInteger count = new AtomicInteger();
    }

    /** Its first instance fails in onStart(); its restart policy builds a second one. */
    @Actor
    static class FailingOnce extends VirtualThreadActor {
        final int attempt;

        FailingOnce(Attempts attempts) {
            this.attempt = attempts.count.incrementAndGet();
        }

        @Override
        protected RestartPolicy restartPolicy() {
            return RestartPolicy.onFailure().withBackoff(Duration.ofMillis(1), Duration.ofMillis(1));
        }

        @Override
        protected void onStart() {
            if (attempt == 1) {
                throw new IllegalStateException("journal locked (attempt 1)");
            }
        }

        @Override
        protected Object onReceive(Object message) {
            return "pong from attempt " + attempt;
        }
    }

    /** Fails in every onStart(), past its policy's two restarts. */
    @Actor
    static class FailingEveryTime extends ThreadingActor {
        final int attempt;

        FailingEveryTime(Attempts attempts) {
            this.attempt = attempts.count.incrementAndGet();
        }

        @Override
        protected RestartPolicy restartPolicy() {
            return RestartPolicy.onFailure().withMaxRestarts(2, Duration.ofMinutes(1))
                    .withBackoff(Duration.ofMillis(1), Duration.ofMillis(1));
        }

        @Override
        protected void onStart() {
            throw new IllegalStateException("journal unreadable (attempt " + attempt + ")");
        }
    }

    @Actor
    static class FailingLater extends VirtualThreadActor {
        static volatile CountDownLatch entered;

        static volatile CountDownLatch release;

        @Override
        protected void onStart() {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("ledger replay failed");
        }
    }

    @Actor
    static class BothStarting extends ThreadingActor {
        static volatile CountDownLatch bothIn;

        volatile boolean started;

        @Override
        protected void onStart() {
            bothIn.countDown();
            try {
                if (!bothIn.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the other actor's onStart did not run meanwhile");
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
            started = true;
        }
    }

    @Actor
    static class Slow extends ThreadingActor {
        static volatile CountDownLatch release;

        @Override
        protected void onStart() {
            try {
                release.await(30, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Actor
    static class Quick extends VirtualThreadActor {
    }
}
