package dev.actors;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import dev.actors.TimerActor.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.actors.Waits.TIMEOUT;
import static dev.actors.Waits.awaitLatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link Timers} across an actor's life: all timers end at stop and at a restart (their queued
 * messages skipped, their scheduler tasks gone), and a registry's {@link MessageHook} context
 * captured when a timer starts is restored at each of its deliveries. "The scheduler task is
 * gone" is proved by the timer's message becoming unreachable: the scheduler's queue holds it
 * for as long as the task is scheduled.
 */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class TimerLifecycleTest {

    private static final Duration NEVER_DUE = Duration.ofDays(1);
    private static final ThreadLocal<String> CALLER = new ThreadLocal<>();

    private final ActorRuntime runtime;
    private final ActorRegistry registry = new ActorRegistry();
    private final List<String> journal = new CopyOnWriteArrayList<>();

    TimerLifecycleTest(ActorRuntime runtime) {
        this.runtime = runtime;
    }

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    /** A message object only the scheduler's task (or a queued envelope) can keep alive. */
    private record Tick(String name) {
    }

    private static void awaitUnreachable(WeakReference<?> reference) {
        await().atMost(TIMEOUT).until(() -> {
            System.gc();
            return reference.get() == null;
        });
    }

    @Test
    void timersEndWhenTheActorStopsAndTheirQueuedMessagesAreNeitherHandledNorDeadLetters() {
        List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
        registry.addDeadLetterListener(deadLetters::add);
        CountDownLatch stopped = new CountDownLatch(1);
        registry.addListener(new ActorListener() {
            @Override
            public void actorStopped(ActorRef<?> ref, Optional<Throwable> failure) {
                stopped.countDown();
            }
        });
        List<WeakReference<Tick>> ticks = new CopyOnWriteArrayList<>();
        AtomicBoolean activeInOnStop = new AtomicBoolean(true);
        TimerActor actor = new TimerActor(runtime, journal);
        actor.onStop = self -> {
            Tick late = new Tick("late");
            ticks.add(new WeakReference<>(late));
            self.timers().startSingle("late", late, Duration.ZERO);
            activeInOnStop.set(self.timers().isActive("late"));
        };
        ActorRef<TimerActor> ref = registry.start(actor);
        ref.tell(new Step(self -> {
            Tick queued = new Tick("queued");
            Tick periodic = new Tick("periodic");
            ticks.add(new WeakReference<>(queued));
            ticks.add(new WeakReference<>(periodic));
            self.stop();
            self.timers().startSingle("queued", queued, Duration.ZERO);
            self.timers().startAtFixedRate("periodic", periodic, NEVER_DUE, NEVER_DUE);
            self.awaitQueued(2); // the stop, then the timer's message behind it
        }));
        awaitLatch(stopped);

        assertThat(journal).isEmpty();
        assertThat(deadLetters).isEmpty();
        assertThat(activeInOnStop).as("a timer started in onStop() never fires").isFalse();
        assertThat(ticks).hasSize(3);
        ticks.forEach(TimerLifecycleTest::awaitUnreachable);
    }

    @Test
    void aRestartEndsTheTimersAndTheNewInstanceNeverGetsTheOldTimersQueuedMessage() {
        AtomicInteger built = new AtomicInteger();
        RestartPolicy policy = RestartPolicy.onFailure().withBackoff(Duration.ZERO, Duration.ZERO);
        ActorRef<TimerActor> ref = registry.startFrom(() -> new TimerActor(runtime, journal, policy, built.incrementAndGet()));
        AtomicReference<WeakReference<Tick>> periodic = new AtomicReference<>();
        ref.tell(new Step(self -> {
            Tick tick = new Tick("periodic");
            periodic.set(new WeakReference<>(tick));
            self.timers().startAtFixedRate("periodic", tick, NEVER_DUE, NEVER_DUE);
            self.timers().startSingle("stale", "stale", Duration.ZERO);
            self.awaitQueued(1);
            throw new IllegalStateException("failure injected by the test: restart with a timer's message queued");
        }));
        assertThat(ref.<String>ask("probe").get(TIMEOUT)).isEqualTo("probe");

        assertThat(built).hasValue(2);
        assertThat(ref.restartCount()).isEqualTo(1);
        assertThat(journal).as("'stale' was queued before 'probe'").containsExactly("2:probe");
        List<Boolean> active = ref.proxy().call(self -> List.of(self.timers().isActive("stale"),
                self.timers().isActive("periodic"))).get(TIMEOUT);
        assertThat(active).containsExactly(false, false);
        awaitUnreachable(periodic.get());

        ref.proxy().run(self -> self.timers().startSingle("stale", "fresh", Duration.ZERO)).get(TIMEOUT);
        await().atMost(TIMEOUT).until(() -> journal.contains("2:fresh"));
    }

    /** Carries {@link #CALLER}, journaling each capture and each restore of a timer's tick. */
    private final class CallerHook implements MessageHook {
        final List<String> captures = new CopyOnWriteArrayList<>();
        final List<String> restores = new CopyOnWriteArrayList<>();

        @Override
        public Object capture(ActorRef<?> recipient, Kind kind) {
            captures.add(kind + " " + CALLER.get());
            return CALLER.get();
        }

        @Override
        public Scope restore(ActorRef<?> recipient, Kind kind, Object captured) {
            String previous = CALLER.get();
            CALLER.set((String) captured);
            restores.add(kind + " " + captured);
            return failure -> CALLER.set(previous);
        }
    }

    @Test
    void theContextCapturedWhenATimerStartsIsRestoredAtEachDelivery() {
        CallerHook hook = new CallerHook();
        registry.setMessageHook(hook);
        ActorRef<TimerActor> ref = registry.start(new TimerActor(runtime, journal));
        List<String> seenByTicks = new CopyOnWriteArrayList<>();
        Step tick = new Step(self -> seenByTicks.add(CALLER.get()));
        CALLER.set("alice");
        try {
            ref.proxy().run(self -> self.timers().startAtFixedRate("k", tick, Duration.ZERO, Duration.ofMillis(5)))
                    .get(TIMEOUT);
            CALLER.set("bob");
            ref.tell("other");
            await().atMost(TIMEOUT).until(() -> seenByTicks.size() >= 3 && journal.contains("1:other"));
            ref.proxy().run(self -> self.timers().cancel("k")).get(TIMEOUT);
        } finally {
            CALLER.remove();
        }

        assertThat(seenByTicks).containsOnly("alice");
        assertThat(hook.captures).as("one capture per timer, when it starts, not one per tick")
                .containsExactly("CALL alice", "TELL alice", "TELL bob", "CALL bob");
        assertThat(hook.restores).containsOnly("CALL alice", "TELL alice", "TELL bob", "CALL bob");
        assertThat(hook.restores.stream().filter("TELL alice"::equals).count()).isGreaterThanOrEqualTo(3);
    }
}
