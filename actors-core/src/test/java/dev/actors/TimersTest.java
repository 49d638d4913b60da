package dev.actors;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

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
 * {@link Timers}: delivery through the mailbox, replacement, cancellation of a message already
 * queued, {@code isActive}, and at most one queued message per timer. The proofs that a stale
 * message was skipped rest on the mailbox being FIFO: it was queued before a later probe, so had
 * it been handled the journal would show it before the probe.
 */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class TimersTest {

    private static final Duration NEVER_DUE = Duration.ofDays(1);

    private final ActorRuntime runtime;
    private final ActorRegistry registry = new ActorRegistry();
    private final List<String> journal = new CopyOnWriteArrayList<>();
    private final ActorRef<TimerActor> ref;

    TimersTest(ActorRuntime runtime) {
        this.runtime = runtime;
        this.ref = registry.start(new TimerActor(runtime, journal));
    }

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    /** Runs {@code query} on the actor's thread (a proxy call) and returns its result. */
    private <R> R query(Function<TimerActor, R> query) {
        return ref.proxy().call(query).get(TIMEOUT);
    }

    /** Runs {@code step} on the actor's thread (a proxy call) and waits for it. */
    private void run(Consumer<TimerActor> step) {
        query(actor -> {
            step.accept(actor);
            return null;
        });
    }

    private boolean isActive(Object key) {
        return query(actor -> actor.timers().isActive(key));
    }

    private long ticks(String entry) {
        return journal.stream().filter(entry::equals).count();
    }

    @Test
    void aSingleTimerSendsItsMessageOnceAndIsActiveUntilItIsHandled() {
        assertThat(isActive("k")).isFalse();
        boolean activeOnceStarted = query(actor -> {
            actor.timers().startSingle("k", "tick", Duration.ZERO);
            return actor.timers().isActive("k");
        });
        assertThat(activeOnceStarted).isTrue();

        await().atMost(TIMEOUT).until(() -> journal.contains("1:tick"));
        assertThat(isActive("k")).isFalse();
        assertThat(ref.<String>ask("probe").get(TIMEOUT)).isEqualTo("probe");
        assertThat(journal).containsExactly("1:tick", "1:probe");
    }

    @Test
    void aFixedRateTimerRepeatsUntilCancelled() {
        repeatsUntilCancelled(timers -> timers.startAtFixedRate("k", "tick", Duration.ZERO, Duration.ofMillis(5)));
    }

    @Test
    void aFixedDelayTimerRepeatsUntilCancelled() {
        repeatsUntilCancelled(timers -> timers.startWithFixedDelay("k", "tick", Duration.ZERO, Duration.ofMillis(5)));
    }

    private void repeatsUntilCancelled(Consumer<Timers> start) {
        run(actor -> start.accept(actor.timers()));
        await().atMost(TIMEOUT).until(() -> ticks("1:tick") >= 3);
        AtomicBoolean activeBefore = new AtomicBoolean();
        long handledBeforeCancel = query(actor -> {
            activeBefore.set(actor.timers().isActive("k"));
            actor.timers().cancel("k");
            return ticks("1:tick");
        });
        assertThat(activeBefore).isTrue();
        assertThat(isActive("k")).isFalse();
        assertThat(ref.<String>ask("probe").get(TIMEOUT)).isEqualTo("probe");
        assertThat(ticks("1:tick")).as("ticks handled after the cancel returned").isEqualTo(handledBeforeCancel);
    }

    @Test
    void startingAKeyInUseReplacesTheTimerAndItsQueuedMessageIsNeverHandled() {
        AtomicInteger queuedAtReplace = new AtomicInteger();
        run(actor -> {
            actor.timers().startSingle("k", "old", Duration.ZERO);
            actor.awaitQueued(1);
            queuedAtReplace.set(actor.queued());
            actor.timers().startSingle("k", "new", Duration.ZERO);
        });
        assertThat(queuedAtReplace).hasValue(1);
        await().atMost(TIMEOUT).until(() -> journal.contains("1:new"));
        assertThat(journal).as("'old' was queued before 'new'").containsExactly("1:new");
    }

    @Test
    void aCancelledTimersAlreadyQueuedMessageIsNeverHandled() {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicInteger queuedAtCancel = new AtomicInteger();
        AtomicBoolean activeBeforeCancel = new AtomicBoolean();
        AtomicBoolean activeAfterCancel = new AtomicBoolean(true);
        ref.tell(new Step(actor -> {
            busy.countDown();
            awaitLatch(release);
        }));
        awaitLatch(busy);
        // Queued while the actor is busy, so the cancel below is queued before the timer fires.
        ref.tell(new Step(actor -> {
            actor.timers().startSingle("k", "stale", Duration.ZERO);
            actor.awaitQueued(2); // the cancel step, then the timer's message behind it
        }));
        ref.tell(new Step(actor -> {
            queuedAtCancel.set(actor.queued());
            activeBeforeCancel.set(actor.timers().isActive("k"));
            actor.timers().cancel("k");
            activeAfterCancel.set(actor.timers().isActive("k"));
            cancelled.countDown();
        }));
        release.countDown();
        awaitLatch(cancelled);

        assertThat(queuedAtCancel).as("the timer's message was queued when cancel ran").hasValue(1);
        assertThat(activeBeforeCancel).isTrue();
        assertThat(activeAfterCancel).isFalse();
        assertThat(ref.<String>ask("probe").get(TIMEOUT)).isEqualTo("probe");
        assertThat(journal).as("'stale' was queued before 'probe'").containsExactly("1:probe");
    }

    @Test
    void cancelAllEndsEveryTimerAndTheirQueuedMessagesAreNeverHandled() {
        List<Boolean> activeAfter = query(actor -> {
            actor.timers().startSingle("a", "a", Duration.ZERO);
            actor.timers().startAtFixedRate("b", "b", Duration.ZERO, NEVER_DUE);
            actor.awaitQueued(2);
            actor.timers().cancelAll();
            return List.of(actor.timers().isActive("a"), actor.timers().isActive("b"));
        });
        assertThat(activeAfter).containsExactly(false, false);
        assertThat(ref.<String>ask("probe").get(TIMEOUT)).isEqualTo("probe");
        assertThat(journal).containsExactly("1:probe");
    }

    @Test
    void aPeriodicTimerKeepsAtMostOneMessageQueuedWhileTheActorIsBusy() {
        AtomicInteger queued = new AtomicInteger();
        run(actor -> {
            actor.timers().startAtFixedRate("tick", "tick", Duration.ZERO, Duration.ofMillis(1));
            // The single timer is due after about 50 ticks of the periodic one, on the same scheduler:
            // once its message is queued, those ticks have fired while the first tick waited.
            actor.timers().startSingle("later", "later", Duration.ofMillis(50));
            actor.awaitQueued(2);
            queued.set(actor.queued());
        });
        assertThat(queued).as("one tick and 'later'").hasValue(2);
        await().atMost(TIMEOUT).until(() -> journal.contains("1:later"));
        run(actor -> actor.timers().cancel("tick"));
        assertThat(List.copyOf(journal).subList(0, 2)).containsExactly("1:tick", "1:later");
    }

    @Test
    void hugeDurationsSaturateAndTheTimerIsSimplyNeverDue() {
        Duration forever = Duration.ofSeconds(Long.MAX_VALUE);
        List<Boolean> active = query(actor -> {
            actor.timers().startSingle("single", "single", forever);
            actor.timers().startAtFixedRate("rate", "rate", forever, forever);
            actor.timers().startWithFixedDelay("delay", "delay", Duration.ZERO, forever);
            return List.of(actor.timers().isActive("single"), actor.timers().isActive("rate"),
                    actor.timers().isActive("delay"));
        });
        assertThat(active).containsExactly(true, true, true);
        await().atMost(TIMEOUT).until(() -> journal.contains("1:delay"));
        assertThat(ref.<String>ask("probe").get(TIMEOUT)).isEqualTo("probe");
        assertThat(journal).containsExactly("1:delay", "1:probe");
    }
}
