package dev.actors;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.actors.Waits.TIMEOUT;
import static dev.actors.Waits.awaitLatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** {@link ActorRef}: tell, ask, stop, identity (Pykka's {@code tests/test_ref.py}), on every runtime. */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class ActorRefTest {

    private final ActorRuntime runtime;
    private final ActorRegistry registry = new ActorRegistry();
    private final AtomicReference<Object> received = new AtomicReference<>();
    private final CountDownLatch receivedLatch = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    ActorRefTest(ActorRuntime runtime) {
        this.runtime = runtime;
    }

    @AfterEach
    void stopAll() {
        release.countDown();
        registry.stopAll(TIMEOUT);
    }

    /** Pykka's ReferencableActor: "ping" replies "pong", "block" waits for {@link #release}, anything else is recorded. */
    private ActorRef<Actor> startReferencable() {
        return runtime.start(registry, new Script().onReceive((actor, message) -> {
            if ("ping".equals(message)) {
                return "pong";
            }
            if ("block".equals(message)) {
                awaitLatch(release);
                return null;
            }
            received.set(message);
            receivedLatch.countDown();
            return null;
        }));
    }

    private ActorRef<Actor> startDead() {
        ActorRef<Actor> ref = startReferencable();
        ref.stop(TIMEOUT);
        return ref;
    }

    @Test
    void strContainsActorClassNameAndUrn() {
        ScriptedActor actor = runtime.startActor(registry, new Script());
        ActorRef<Actor> ref = actor.self();

        assertThat(ref.toString()).isEqualTo(actor.toString())
                .isEqualTo(actor.getClass().getSimpleName() + " (" + ref.actorUrn() + ")");
        assertThat(ref.actorClass()).isEqualTo(actor.getClass());
    }

    @Test
    void refsAreEqualByUrn() {
        ActorRef<Actor> ref = startReferencable();
        ActorRef<?> lookedUp = registry.getByUrn(ref.actorUrn()).orElseThrow();
        ActorRef<Actor> other = startReferencable();

        assertThat(lookedUp).isEqualTo(ref).hasSameHashCodeAs(ref);
        assertThat(other).isNotEqualTo(ref);
    }

    @Test
    void isAliveReturnsTrueForRunningActor() {
        assertThat(startReferencable().isAlive()).isTrue();
    }

    @Test
    void isAliveReturnsFalseForDeadActor() {
        assertThat(startDead().isAlive()).isFalse();
    }

    @Test
    void stopReturnsTrueIfActorIsStopped() {
        assertThat(startReferencable().stop(TIMEOUT)).isTrue();
    }

    @Test
    void stopDoesNotStopAlreadyDeadActor() {
        ActorRef<Actor> ref = startReferencable();

        assertThat(ref.stop()).isTrue();
        assertThat(ref.stop()).isFalse();
        assertThat(ref.stopAsync().get(TIMEOUT)).isFalse();
    }

    @Test
    void stopTimesOutWhenTheActorIsBusy() {
        ActorRef<Actor> ref = startReferencable();
        ref.tell("block");

        assertThatThrownBy(() -> ref.stop(Duration.ofMillis(50))).isInstanceOf(ActorTimeoutException.class);

        release.countDown();
        await().atMost(TIMEOUT).until(() -> !ref.isAlive());
    }

    @Test
    void tellDeliversMessageToActorsCustomOnReceive() {
        startReferencable().tell("a custom message");

        awaitLatch(receivedLatch);
        assertThat(received.get()).isEqualTo("a custom message");
    }

    static Stream<Object> anyObject() {
        return Stream.of(123, 123.456, Map.of("a", "b"), List.of(1, 2, 3), new int[] {1, 2},
                new IllegalStateException("an exception"), new Object());
    }

    @ParameterizedTest
    @MethodSource("anyObject")
    void tellAcceptsAnyObjectAsTheMessageAndPassesItUncopied(Object message) {
        startReferencable().tell(message);

        awaitLatch(receivedLatch);
        assertThat(received.get()).isSameAs(message);
    }

    @Test
    void tellFailsIfActorIsStopped() {
        ActorRef<Actor> ref = startDead();

        assertThatThrownBy(() -> ref.tell("a message"))
                .isInstanceOf(ActorDeadException.class)
                .hasMessage(ref + " not found");
    }

    @Test
    void askBlocksUntilResponseArrives() {
        assertThat(startReferencable().ask("ping").get()).isEqualTo("pong");
    }

    @Test
    void askCanTimeoutIfBlockedTooLong() {
        ActorRef<Actor> ref = startReferencable();
        ref.tell("block");
        ActorFuture<Object> future = ref.ask("ping");

        assertThatThrownBy(() -> future.get(Duration.ZERO)).isInstanceOf(ActorTimeoutException.class);
        assertThatThrownBy(() -> future.get(Duration.ofMillis(20))).isInstanceOf(ActorTimeoutException.class);

        release.countDown();
        assertThat(future.get(TIMEOUT)).isEqualTo("pong");
        assertThat(future.get(Duration.ZERO)).isEqualTo("pong");
    }

    @Test
    void askReturnsAFutureInsteadOfBlocking() {
        ActorRef<Actor> ref = startReferencable();
        ref.tell("block");

        ActorFuture<Object> future = ref.ask("ping");

        assertThat(future).isInstanceOf(ThreadingFuture.class);
        assertThat(future.isDone()).isFalse();
        release.countDown();
        assertThat(future.get(TIMEOUT)).isEqualTo("pong");
        assertThat(future.isDone()).isTrue();
    }

    @Test
    void askFailsTheFutureIfActorIsStopped() {
        ActorRef<Actor> ref = startDead();

        ActorFuture<Object> future = ref.ask("ping");

        assertThat(future.isDone()).as("failed at once, never hangs").isTrue();
        assertThatThrownBy(future::get)
                .isInstanceOf(ActorDeadException.class)
                .hasMessage(ref + " not found");
    }

    @Test
    void mailboxSizeCountsWaitingMessagesNotTheOneBeingHandled() {
        ActorRef<Actor> ref = startReferencable();
        ActorFuture<Object> blocked = ref.ask("block");
        await().atMost(TIMEOUT).until(() -> ref.mailboxSize() == 0);
        ref.tell("one");
        ref.tell("two");
        ref.tell("three");

        assertThat(ref.mailboxSize()).isEqualTo(3);

        release.countDown();
        blocked.get(TIMEOUT);
        await().atMost(TIMEOUT).until(() -> ref.mailboxSize() == 0);
    }
}
