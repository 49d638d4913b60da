package dev.actors;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input to {@link Timers} and {@link Actor#timers()}: each fails at once with an exception
 * that names the actor, the method and the problem, and the actor lives on.
 */
class TimersMisuseTest {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    private final ActorRegistry registry = new ActorRegistry();
    private final List<String> journal = new CopyOnWriteArrayList<>();
    private final TimerActor actor = new TimerActor(ActorRuntime.VIRTUAL_THREADS, journal);
    private final ActorRef<TimerActor> ref = registry.start(actor);

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                bad("startSingle(null key)", timers -> timers.startSingle(null, "m", ONE_SECOND),
                        NullPointerException.class, "the key of Timers.startSingle must not be null"),
                bad("startSingle(null message)", timers -> timers.startSingle("k", null, ONE_SECOND),
                        NullPointerException.class, "the message of Timers.startSingle must not be null"),
                bad("startSingle(null delay)", timers -> timers.startSingle("k", "m", null),
                        NullPointerException.class, "the delay of Timers.startSingle must not be null"),
                bad("startSingle(negative delay)", timers -> timers.startSingle("k", "m", Duration.ofSeconds(-1)),
                        IllegalArgumentException.class, "the delay of Timers.startSingle must be zero or more, got PT-1S"),
                bad("startAtFixedRate(negative initialDelay)",
                        timers -> timers.startAtFixedRate("k", "m", Duration.ofMillis(-1), ONE_SECOND),
                        IllegalArgumentException.class,
                        "the initialDelay of Timers.startAtFixedRate must be zero or more, got PT-0.001S"),
                bad("startAtFixedRate(zero period)", timers -> timers.startAtFixedRate("k", "m", ONE_SECOND, Duration.ZERO),
                        IllegalArgumentException.class, "the period of Timers.startAtFixedRate must be positive, got PT0S"),
                bad("startAtFixedRate(negative period)",
                        timers -> timers.startAtFixedRate("k", "m", ONE_SECOND, Duration.ofSeconds(-1)),
                        IllegalArgumentException.class, "the period of Timers.startAtFixedRate must be positive, got PT-1S"),
                bad("startAtFixedRate(null period)", timers -> timers.startAtFixedRate("k", "m", ONE_SECOND, null),
                        NullPointerException.class, "the period of Timers.startAtFixedRate must not be null"),
                bad("startWithFixedDelay(zero delay)",
                        timers -> timers.startWithFixedDelay("k", "m", Duration.ZERO, Duration.ZERO),
                        IllegalArgumentException.class, "the delay of Timers.startWithFixedDelay must be positive, got PT0S"),
                bad("startWithFixedDelay(null message)",
                        timers -> timers.startWithFixedDelay("k", null, ONE_SECOND, ONE_SECOND),
                        NullPointerException.class, "the message of Timers.startWithFixedDelay must not be null"),
                bad("cancel(null)", timers -> timers.cancel(null),
                        NullPointerException.class, "the key of Timers.cancel must not be null"),
                bad("isActive(null)", timers -> timers.isActive(null),
                        NullPointerException.class, "the key of Timers.isActive must not be null"));
    }

    private static Arguments bad(String name, Consumer<Timers> misuse, Class<? extends Throwable> type, String text) {
        return Arguments.argumentSet(name, misuse, type, text);
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputFailsAtOnceNamingTheActorAndMethodAndTheActorLivesOn(Consumer<Timers> misuse,
            Class<? extends Throwable> type, String text) {
        ActorFuture<Void> misused = ref.proxy().run(self -> {
            misuse.accept(self.timers());
        });
        assertThatThrownBy(() -> misused.get(TIMEOUT)).isInstanceOf(type)
                .hasMessage("TimerActor (" + actor.actorUrn() + "): " + text + textAfter(text));
        List<Boolean> nothingStarted = ref.proxy().call(self -> List.of(self.timers().isActive("k"))).get(TIMEOUT);
        assertThat(nothingStarted).containsExactly(false);
        assertThat(ref.isAlive()).isTrue();
    }

    /** The advice after the problem, where there is one. */
    private static String textAfter(String text) {
        if (text.contains("key of")) {
            return ": use any object with equals and hashCode (a string, an enum)";
        }
        if (text.contains("message of")) {
            return ": send an object (a record or enum is typical)";
        }
        if (text.endsWith("period of Timers.startAtFixedRate must not be null")) {
            return ": pass a positive Duration";
        }
        if (text.endsWith("must not be null")) {
            return ": pass a Duration, Duration.ZERO for at once";
        }
        return "";
    }

    @Test
    void timersFromAnotherThreadThanTheActorsOwnIsRefused() {
        assertThatThrownBy(actor::timers).isInstanceOf(IllegalStateException.class)
                .hasMessage("TimerActor (" + actor.actorUrn() + ").timers() was called from thread "
                        + Thread.currentThread().getName() + ", not the actor's own: use timers from onStart() or a "
                        + "message handler (send the actor a message to start one)");
    }

    @Test
    void timersPassedToAnotherThreadRefuseEveryCall() {
        Timers leaked = ref.proxy().call(self -> self.timers()).get(TIMEOUT);
        String expected = "TimerActor (" + actor.actorUrn() + "): Timers.startSingle was called from thread "
                + Thread.currentThread().getName() + ", not the actor's own: use its timers only from onStart() or a "
                + "message handler (send the actor a message to have it start or cancel one)";
        assertThatThrownBy(() -> leaked.startSingle("k", "m", Duration.ZERO)).isInstanceOf(IllegalStateException.class)
                .hasMessage(expected);
        assertThatThrownBy(() -> leaked.cancel("k")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Timers.cancel was called from thread");
        assertThatThrownBy(leaked::cancelAll).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Timers.cancelAll was called from thread");
        assertThatThrownBy(() -> leaked.isActive("k")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Timers.isActive was called from thread");
        assertThat(ref.proxy().call(self -> self.timers().isActive("k")).get(TIMEOUT)).isFalse();
    }
}
