package dev.actors.spring;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.actors.ActorDeadException;
import dev.actors.ActorFuture;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.RestartPolicy;
import dev.actors.VirtualThreadActor;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import dev.actors.spring.autoconfigure.metrics.ActorsMetricsAutoConfiguration;
import dev.actors.spring.metrics.ActorMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Scope;
import org.springframework.core.ResolvableType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class ActorsMetricsAutoConfigurationTests {

    private static final String TAG = "actor.class";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class, MetricsAutoConfiguration.class,
                    ActorsMetricsAutoConfiguration.class))
            .withBean(SimpleMeterRegistry.class);

    @Test
    void publishesPerClassMetersThatSurviveActorsStopping() {
        ResolvableType refType = ResolvableType.forClassWithGenerics(ActorRef.class, Worker.class);
        runner.withBean("worker", Worker.class).run(context -> {
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            ObjectProvider<ActorRef<Worker>> workers = context.getBeanProvider(refType);
            ActorRef<Worker> first = workers.getObject();
            ActorRef<Worker> second = workers.getObject();
            String tag = Worker.class.getName();
            assertThat(meters.get("actors.active").tag(TAG, tag).gauge().value()).isEqualTo(2);
            assertThat(meters.get("actors.mailbox.size").tag(TAG, tag).gauge().getId().getBaseUnit()).isNull();

            first.ask("ok").get(Duration.ofSeconds(10));
            first.ask("ok").get(Duration.ofSeconds(10));
            ActorFuture<Object> failing = second.ask("fail");
            assertThatThrownBy(() -> failing.get(Duration.ofSeconds(10))).isInstanceOf(IllegalArgumentException.class);
            assertThat(meters.get("actors.messages.processed").tag(TAG, tag).functionCounter().count()).isEqualTo(3);
            assertThat(meters.get("actors.messages.failed").tag(TAG, tag).tag("outcome", "returned").functionCounter().count()).isEqualTo(1);

            first.stop(Duration.ofSeconds(10));
            second.stop(Duration.ofSeconds(10));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> meters.get("actors.active").tag(TAG, tag).gauge().value() == 0);
            assertThat(meters.get("actors.messages.processed").tag(TAG, tag).functionCounter().count()).isEqualTo(3);
            assertThat(meters.get("actors.messages.failed").tag(TAG, tag).tag("outcome", "returned").functionCounter().count()).isEqualTo(1);
            assertThat(meters.getMeters()).allSatisfy(meter -> assertThat(meter.getId().getTags())
                    .noneMatch(t -> t.getValue().startsWith("urn:")));
        });
    }

    @Test
    void failuresAreSplitByWhetherTheActorLivedOnOrStopped() {
        ResolvableType refType = ResolvableType.forClassWithGenerics(ActorRef.class, Worker.class);
        runner.withBean("worker", Worker.class).run(context -> {
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            ObjectProvider<ActorRef<Worker>> workers = context.getBeanProvider(refType);
            ActorRef<Worker> asked = workers.getObject();
            ActorRef<Worker> told = workers.getObject();
            String tag = Worker.class.getName();
            ActorFuture<Object> failing = asked.ask("fail");
            assertThatThrownBy(() -> failing.get(Duration.ofSeconds(10))).isInstanceOf(IllegalArgumentException.class);
            told.tell("fail");
            await().atMost(Duration.ofSeconds(10)).until(() -> !told.isAlive());

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(failedCount(meters, tag, "returned")).isEqualTo(1);
                assertThat(failedCount(meters, tag, "stopped")).isEqualTo(1);
            });
            assertThat(asked.isAlive()).isTrue();
            asked.stop(Duration.ofSeconds(10));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> meters.get("actors.active").tag(TAG, tag).gauge().value() == 0);
            assertThat(failedCount(meters, tag, "returned")).isEqualTo(1);
            assertThat(failedCount(meters, tag, "stopped")).isEqualTo(1);
        });
    }

    @Test
    void prometheusNamesRepeatNoUnit() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class, MetricsAutoConfiguration.class,
                        ActorsMetricsAutoConfiguration.class))
                .withBean(PrometheusMeterRegistry.class, () -> new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
                .withBean("worker", Worker.class).run(context -> {
                    ActorRef<Worker> worker = context.<ActorRef<Worker>>getBeanProvider(
                            ResolvableType.forClassWithGenerics(ActorRef.class, Worker.class)).getObject();
                    worker.ask("ok").get(Duration.ofSeconds(10));
                    String scrape = context.getBean(PrometheusMeterRegistry.class).scrape();
                    List<String> names = scrape.lines().filter(line -> line.startsWith("actors_"))
                            .map(line -> line.substring(0, line.indexOf('{'))).distinct().sorted().toList();
                    assertThat(names).containsExactly("actors_active", "actors_dead_letters_total",
                            "actors_mailbox_size", "actors_messages_failed_total", "actors_messages_processed_total",
                            "actors_restarts_total");
                    assertThat(scrape).contains("actors_messages_processed_total{actor_class=\"" + Worker.class.getName()
                            + "\"} 1.0");
                    assertThat(scrape).contains("outcome=\"returned\"").contains("outcome=\"stopped\"");
                    assertThat(scrape).contains("reason=\"refused\"").contains("reason=\"dropped\"")
                            .contains("reason=\"failed\"");
                });
    }

    private static double failedCount(MeterRegistry meters, String actorClass, String outcome) {
        return meters.get("actors.messages.failed").tag(TAG, actorClass).tag("outcome", outcome).functionCounter()
                .count();
    }

    @Test
    void restartsAndDeadLettersAreCountedPerClassAndReason() {
        runner.withBean("phoenix", Phoenix.class).run(context -> {
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            ActorRef<?> phoenix = context.getBean(ActorRegistry.class).getAll().getFirst();
            String tag = Phoenix.class.getName();
            assertThat(meters.get("actors.restarts").tag(TAG, tag).functionCounter().count()).isZero();
            assertThat(meters.get("actors.restarts").functionCounter().getId().getBaseUnit()).isNull();
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            phoenix.tell(new Hold(holding, release));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

            // Queued together: a failure that restarts it, one that ends it (one restart allowed), one left over.
            phoenix.tell("fail");
            phoenix.tell("fail");
            phoenix.tell("left over");
            release.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> !phoenix.isAlive());
            assertThatThrownBy(() -> phoenix.tell("too late")).isInstanceOf(ActorDeadException.class);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(meters.get("actors.restarts").tag(TAG, tag).functionCounter().count()).isEqualTo(1);
                assertThat(deadLetters(meters, tag, "failed")).isEqualTo(2);
                assertThat(deadLetters(meters, tag, "dropped")).isEqualTo(1);
                assertThat(deadLetters(meters, tag, "refused")).isEqualTo(1);
            });
            assertThat(meters.find("actors.dead.letters").meters()).hasSize(3)
                    .allSatisfy(meter -> assertThat(meter.getId().getBaseUnit()).isNull());
        });
    }

    private static double deadLetters(MeterRegistry meters, String actorClass, String reason) {
        return meters.get("actors.dead.letters").tag(TAG, actorClass).tag("reason", reason).functionCounter().count();
    }

    @Test
    void countsActorsStartedOutsideBeansInTheContextsRegistry() {
        runner.run(context -> {
            ActorRef<Worker> adHoc = context.getBean(ActorRegistry.class).start(new Worker());
            adHoc.ask("ok").get(Duration.ofSeconds(10));
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.get("actors.messages.processed").tag(TAG, Worker.class.getName()).functionCounter()
                    .count()).isEqualTo(1);
        });
    }

    @Test
    void offWithoutAMeterRegistry() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class, ActorsMetricsAutoConfiguration.class))
                .run(context -> assertThat(context).hasSingleBean(ActorRegistry.class).doesNotHaveBean(ActorMetrics.class));
    }

    @Test
    void offWhenMetricsAreDisabled() {
        runner.withPropertyValues("actors.metrics.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ActorMetrics.class));
    }

    @Test
    void offWhenActorsAreDisabled() {
        runner.withPropertyValues("actors.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ActorMetrics.class));
    }

    record Hold(CountDownLatch holding, CountDownLatch release) {
    }

    /** Restarted once after a failure; the next one ends it. */
    @Actor
    static class Phoenix extends VirtualThreadActor {
        @Override
        protected RestartPolicy restartPolicy() {
            return RestartPolicy.onFailure().withMaxRestarts(1, Duration.ofMinutes(1))
                    .withBackoff(Duration.ofMillis(1), Duration.ofMillis(1));
        }

        @Override
        protected Object onReceive(Object message) throws InterruptedException {
            if (message instanceof Hold hold) {
                hold.holding().countDown();
                return hold.release().await(10, TimeUnit.SECONDS);
            }
            if ("fail".equals(message)) {
                throw new IllegalStateException("failed on purpose");
            }
            return message;
        }
    }

    @Actor
    @Scope("prototype")
    static class Worker extends VirtualThreadActor {
        @Override
        protected Object onReceive(Object message) {
            if ("fail".equals(message)) {
                throw new IllegalArgumentException("asked to fail");
            }
            return message;
        }
    }
}
