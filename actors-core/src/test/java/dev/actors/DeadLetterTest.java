package dev.actors;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Every message no actor handled reaches the registry's dead-letter listeners, with its reason. */
class DeadLetterTest {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private final ActorRegistry registry = new ActorRegistry();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopAll() {
        registry.stopAll(Waits.TIMEOUT);
    }

    private void listen() {
        registry.addDeadLetterListener(deadLetters::add);
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void messagesSentAfterTheStopAreRefused(ActorRuntime runtime) {
        listen();
        ActorRef<Actor> ref = runtime.start(registry);
        ref.stop(Waits.TIMEOUT);

        assertThatThrownBy(() -> ref.tell("late tell")).isInstanceOf(ActorDeadException.class);
        assertThatThrownBy(() -> ref.ask("late ask").get(Waits.TIMEOUT)).isInstanceOf(ActorDeadException.class);

        assertThat(deadLetters).containsExactly(
                new DeadLetter(ref, "late tell", DeadLetter.Reason.REFUSED),
                new DeadLetter(ref, "late ask", DeadLetter.Reason.REFUSED));
        assertThat(logs.awaitCount(Level.WARN, "Dead letter", 2)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void messagesQueuedBehindTheStopAreDropped(ActorRuntime runtime) {
        listen();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        ActorRef<Actor> ref = runtime.start(registry, new Script().onReceive((actor, message) -> {
            blocked.countDown();
            Waits.awaitLatch(release);
            return null;
        }));
        ref.tell("first");
        Waits.awaitLatch(blocked);
        ActorFuture<Boolean> stopped = ref.stopAsync();
        ref.tell("behind the stop");
        ActorFuture<Object> askedBehind = ref.ask("asked behind the stop");
        release.countDown();

        assertThat(stopped.get(Waits.TIMEOUT)).isTrue();
        assertThatThrownBy(() -> askedBehind.get(Waits.TIMEOUT)).isInstanceOf(ActorDeadException.class);
        assertThat(deadLetters).containsExactly(
                new DeadLetter(ref, "behind the stop", DeadLetter.Reason.DROPPED),
                new DeadLetter(ref, "asked behind the stop", DeadLetter.Reason.DROPPED));
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void aFailedTellIsAFailedDeadLetterAndWhatWasQueuedIsDropped(ActorRuntime runtime) {
        listen();
        CountDownLatch release = new CountDownLatch(1);
        ActorRef<Actor> ref = runtime.start(registry, new Script().onReceive((actor, message) -> {
            Waits.awaitLatch(release);
            throw new IllegalStateException("poison " + message);
        }));
        ref.tell("poison");
        ref.tell("queued");
        release.countDown();

        await().atMost(Waits.TIMEOUT).until(() -> deadLetters.size() == 2);
        assertThat(deadLetters).containsExactly(
                new DeadLetter(ref, "poison", DeadLetter.Reason.FAILED),
                new DeadLetter(ref, "queued", DeadLetter.Reason.DROPPED));
        assertThat(logs.events(Level.WARN, "Dead letter (FAILED)")).isEmpty(); // its ERROR was logged already
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void aRestartedActorsFailingMessageIsAFailedDeadLetterAndNothingElseIs(ActorRuntime runtime) {
        listen();
        SupervisedActor.Shared shared = new SupervisedActor.Shared(runtime, SupervisedActor.quick());
        ActorRef<SupervisedActor> ref = registry.startFrom(shared::create);
        ref.tell("boom");
        ref.tell("after");

        assertThat(ref.<Integer>ask("incarnation").get(Waits.TIMEOUT)).isEqualTo(2);
        assertThat(deadLetters).containsExactly(new DeadLetter(ref, "boom", DeadLetter.Reason.FAILED));
        assertThat(shared.handled).containsExactly("after");
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void failedAsksAreNotDeadLetters(ActorRuntime runtime) {
        listen();
        ActorRef<Actor> ref = runtime.start(registry, new Script().onReceive((actor, message) -> {
            throw new IllegalStateException("fails");
        }));
        assertThatThrownBy(() -> ref.ask("asked").get(Waits.TIMEOUT)).hasMessage("fails");
        ref.stop(Waits.TIMEOUT);
        assertThat(deadLetters).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void aThrowingListenerIsLoggedAndHarmsNoOne(ActorRuntime runtime) {
        registry.addDeadLetterListener(deadLetter -> {
            throw new AssertionError("listener bug");
        });
        listen();
        ActorRef<Actor> ref = runtime.start(registry);
        ref.stop(Waits.TIMEOUT);

        assertThatThrownBy(() -> ref.tell("late")).isInstanceOf(ActorDeadException.class);

        assertThat(deadLetters).containsExactly(new DeadLetter(ref, "late", DeadLetter.Reason.REFUSED));
        assertThat(logs.events(Level.WARN, "Dead letter listener")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void closingTheRegistrationRemovesTheListener(ActorRuntime runtime) throws Exception {
        AutoCloseable registration = registry.addDeadLetterListener(deadLetters::add);
        ActorRef<Actor> ref = runtime.start(registry);
        ref.stop(Waits.TIMEOUT);
        registration.close();
        registration.close(); // idempotent

        assertThatThrownBy(() -> ref.tell("late")).isInstanceOf(ActorDeadException.class);
        assertThat(deadLetters).isEmpty();
    }
}
