package dev.actors.spring.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.actors.ActorFuture;
import dev.actors.ActorProxy;
import dev.actors.ActorRef;
import dev.actors.RestartPolicy;
import dev.actors.ThreadingActor;
import dev.actors.spring.Actor;
import dev.actors.spring.autoconfigure.ActorsAnnotatedMethodsAutoConfiguration;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.ResolvableType;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code @Scheduled} methods of {@code @Actor} beans run inside the actor, with Spring's own scheduler. */
@ExtendWith(OutputCaptureExtension.class)
class ScheduledActorMethodsTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class,
                    ActorsAnnotatedMethodsAutoConfiguration.class))
            .withUserConfiguration(CountingScheduler.class);

    @Test
    void aScheduledRunIsAMessageInTheActorsThreadAndAtMostOneWaitsInTheMailbox() {
        runner.withBean("slowTicker", SlowTicker.class).run(context -> {
            assertThat(context).hasNotFailed();
            SlowTicker ticker = context.getBean(SlowTicker.class);
            ActorProxy<SlowTicker> proxy = context.<ActorProxy<SlowTicker>>getBeanProvider(
                    ResolvableType.forClassWithGenerics(ActorProxy.class, SlowTicker.class)).getObject();
            Ticks ticks = context.getBean(Ticks.class);

            await().atMost(WAIT).until(() -> ticker.runs.get() == 1);
            assertThat(ticker.runThreads.peek()).isEqualTo(ticker.startThread);

            // The first run is held inside the actor: a call must queue behind it, not overlap it.
            ActorFuture<String> call = proxy.call(SlowTicker::threadName);
            int seen = ticks.count.get();
            await().atMost(WAIT).until(() -> ticks.count.get() >= seen + 20);
            assertThat(proxy.actorRef().mailboxSize())
                    .as("the call plus one coalesced run, whatever the number of ticks").isEqualTo(2);

            ticker.firstRunMayEnd.countDown();
            assertThat(call.get(WAIT)).isEqualTo(ticker.startThread);
            await().atMost(WAIT).until(() -> ticker.runs.get() >= 3);
            assertThat(ticker.overlapped).isFalse();
            assertThat(ticker.runThreads).allMatch(ticker.startThread::equals);
        });
    }

    @Test
    void afterTheActorStopsItsScheduledMethodNoLongerRunsAndItsTaskIsCancelled(CapturedOutput output) {
        runner.withBean("heartbeat", Heartbeat.class).withBean(Metronome.class).run(context -> {
            assertThat(context).hasNotFailed();
            Heartbeat heartbeat = context.getBean(Heartbeat.class);
            Metronome metronome = context.getBean(Metronome.class);
            ActorRef<Heartbeat> ref = context.<ActorRef<Heartbeat>>getBeanProvider(
                    ResolvableType.forClassWithGenerics(ActorRef.class, Heartbeat.class)).getObject();
            ScheduledTaskHolder tasks = context.getBean(ScheduledTaskHolder.class);
            await().atMost(WAIT).until(() -> heartbeat.beats.get() >= 3);
            assertThat(tasks.getScheduledTasks()).hasSize(2);

            ref.stop(WAIT);
            await().atMost(WAIT).until(() -> tasks.getScheduledTasks().size() == 1);
            int beatsAfterStop = heartbeat.beats.get();
            int metronomeAfterStop = metronome.beats.get();
            await().atMost(WAIT).until(() -> metronome.beats.get() >= metronomeAfterStop + 20);
            assertThat(heartbeat.beats.get()).isEqualTo(beatsAfterStop);
            assertThat(output).doesNotContain("ERROR").doesNotContain("WARN");
        });
    }

    @Test
    void aFailingScheduledRunIsLoggedAndTheActorLivesOn(CapturedOutput output) {
        runner.withBean("flaky", Flaky.class).run(context -> {
            Flaky flaky = context.getBean(Flaky.class);
            ActorRef<Flaky> ref = context.<ActorRef<Flaky>>getBeanProvider(
                    ResolvableType.forClassWithGenerics(ActorRef.class, Flaky.class)).getObject();
            await().atMost(WAIT).until(() -> flaky.runs.get() >= 3);
            assertThat(ref.isAlive()).isTrue();
            assertThat(output).contains("@Scheduled method " + Flaky.class.getName() + ".fail() failed in ")
                    .contains("scheduled run failed on purpose");
        });
    }

    @Test
    void eachPrototypeActorHasItsOwnScheduleCancelledWhenItStops() {
        ResolvableType refType = ResolvableType.forClassWithGenerics(ActorRef.class, PrototypeHeartbeat.class);
        runner.withBean("prototypeHeartbeat", PrototypeHeartbeat.class).run(context -> {
            ActorRef<PrototypeHeartbeat> first = context.<ActorRef<PrototypeHeartbeat>>getBeanProvider(refType).getObject();
            ActorRef<PrototypeHeartbeat> second = context.<ActorRef<PrototypeHeartbeat>>getBeanProvider(refType)
                    .getObject();
            ScheduledTaskHolder tasks = context.getBean(ScheduledTaskHolder.class);
            await().atMost(WAIT).until(() -> beats(first) >= 3 && beats(second) >= 3);
            assertThat(tasks.getScheduledTasks()).hasSize(2);

            first.stop(WAIT);
            await().atMost(WAIT).until(() -> tasks.getScheduledTasks().size() == 1);
            int secondBeats = beats(second);
            await().atMost(WAIT).until(() -> beats(second) >= secondBeats + 3);
        });
    }

    @Test
    void afterARestartTheScheduleRunsOnTheNewInstanceAndIsNotRegisteredTwice() {
        runner.withBean(Beats.class).withBean("restartingHeartbeat", RestartingHeartbeat.class).run(context -> {
            assertThat(context).hasNotFailed();
            Beats beats = context.getBean(Beats.class);
            ActorRef<RestartingHeartbeat> ref = context.<ActorRef<RestartingHeartbeat>>getBeanProvider(
                    ResolvableType.forClassWithGenerics(ActorRef.class, RestartingHeartbeat.class)).getObject();
            ScheduledTaskHolder tasks = context.getBean(ScheduledTaskHolder.class);
            await().atMost(WAIT).until(() -> beats.of(1) >= 3);
            assertThat(tasks.getScheduledTasks()).hasSize(1);

            ref.tell("poison");
            await().atMost(WAIT).until(() -> beats.of(2) >= 1);
            int firstInstanceBeats = beats.of(1);
            await().atMost(WAIT).until(() -> beats.of(2) >= 5);
            assertThat(beats.of(1)).as("no run reaches the failed instance any more").isEqualTo(firstInstanceBeats);
            assertThat(ref.restartCount()).isEqualTo(1);
            assertThat(tasks.getScheduledTasks()).as("the new instance's method is not scheduled again").hasSize(1);
        });
    }

    @Test
    void withActorsDisabledSpringsOwnProcessorStays() {
        runner.withPropertyValues("actors.enabled=false")
                .run(context -> assertThat(context.getBean(ScheduledTaskHolder.class))
                        .isExactlyInstanceOf(ScheduledAnnotationBeanPostProcessor.class));
    }

    @Test
    void withSchedulingEnabledTheActorAwareProcessorReplacesSpringsOwn() {
        runner.run(context -> assertThat(context.getBean(ScheduledTaskHolder.class))
                .isExactlyInstanceOf(ActorScheduledAnnotationBeanPostProcessor.class));
    }

    @Test
    void withoutEnableSchedulingNothingIsScheduled() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class,
                        ActorsAnnotatedMethodsAutoConfiguration.class))
                .withBean("heartbeat", Heartbeat.class)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ScheduledTaskHolder.class));
    }

    private static int beats(ActorRef<PrototypeHeartbeat> ref) {
        return ref.proxy().call(heartbeat -> heartbeat.beats).get(WAIT);
    }

    /** The test's task scheduler: counts the scheduled runs it has completed (ticks). */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class CountingScheduler {

        @Bean
        Ticks ticks() {
            return new Ticks();
        }

        @Bean
        ThreadPoolTaskScheduler taskScheduler(Ticks ticks) {
            ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler() {
                @Override
                public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
                    return super.scheduleAtFixedRate(ticks.counting(task), period);
                }

                @Override
                public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
                    return super.scheduleAtFixedRate(ticks.counting(task), startTime, period);
                }
            };
            scheduler.setThreadNamePrefix("ticks-");
            return scheduler;
        }
    }

    static class Ticks {
        final AtomicInteger count = new AtomicInteger();

        Runnable counting(Runnable task) {
            return () -> {
                task.run();
                count.incrementAndGet();
            };
        }
    }

    /** Its first scheduled run is held until the test lets it end; records overlaps. */
    @Actor
    static class SlowTicker extends ThreadingActor {
        final CountDownLatch firstRunMayEnd = new CountDownLatch(1);
        final AtomicInteger runs = new AtomicInteger();
        final Queue<String> runThreads = new ConcurrentLinkedQueue<>();
        final AtomicInteger inside = new AtomicInteger();
        volatile boolean overlapped;
        volatile String startThread;

        @Override
        protected void onStart() {
            startThread = Thread.currentThread().getName();
        }

        @Scheduled(fixedRate = 5)
        public void tick() throws InterruptedException {
            enter();
            try {
                runThreads.add(Thread.currentThread().getName());
                if (runs.incrementAndGet() == 1) {
                    firstRunMayEnd.await(30, TimeUnit.SECONDS);
                }
            }
            finally {
                inside.decrementAndGet();
            }
        }

        public String threadName() {
            enter();
            try {
                return Thread.currentThread().getName();
            }
            finally {
                inside.decrementAndGet();
            }
        }

        private void enter() {
            if (inside.incrementAndGet() > 1) {
                overlapped = true;
            }
        }
    }

    @Actor
    static class Heartbeat extends ThreadingActor {
        final AtomicInteger beats = new AtomicInteger();

        @Scheduled(fixedDelay = 5)
        void beat() {
            beats.incrementAndGet();
        }
    }

    @Actor
    @Scope("prototype")
    static class PrototypeHeartbeat extends ThreadingActor {
        int beats;

        @Scheduled(fixedRate = 5)
        void beat() {
            beats++;
        }
    }

    /** Which instance of {@link RestartingHeartbeat} ran each scheduled beat. */
    static class Beats {
        final AtomicInteger instances = new AtomicInteger();
        final Queue<Integer> byInstance = new ConcurrentLinkedQueue<>();

        int of(int instance) {
            return (int) byInstance.stream().filter(beat -> beat == instance).count();
        }
    }

    /** Restarted after a failure; each instance is numbered by its constructor. */
    @Actor
    static class RestartingHeartbeat extends ThreadingActor {
        final Beats beats;
        final int instance;

        RestartingHeartbeat(Beats beats) {
            this.beats = beats;
            this.instance = beats.instances.incrementAndGet();
        }

        @Override
        protected RestartPolicy restartPolicy() {
            return RestartPolicy.onFailure().withBackoff(Duration.ofMillis(1), Duration.ofMillis(1));
        }

        @Scheduled(fixedRate = 5)
        void beat() {
            beats.byInstance.add(instance);
        }

        @Override
        protected Object onReceive(Object message) {
            throw new IllegalStateException("poisoned on purpose");
        }
    }

    @Actor
    static class Flaky extends ThreadingActor {
        final AtomicInteger runs = new AtomicInteger();

        @Scheduled(fixedRate = 5)
        public void fail() {
            runs.incrementAndGet();
            throw new IllegalStateException("scheduled run failed on purpose");
        }
    }

    /** A plain bean with a schedule of its own: proves the scheduler keeps running. */
    @Component
    static class Metronome {
        final AtomicInteger beats = new AtomicInteger();

        @Scheduled(fixedRate = 5)
        void beat() {
            beats.incrementAndGet();
        }
    }
}
