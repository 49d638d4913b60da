package dev.actors;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.actors.Waits.TIMEOUT;
import static dev.actors.Waits.awaitLatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Pykka's failure rules: ask failures go to the future, tell failures kill the actor through
 * {@code onFailure}, and a {@link VirtualMachineError} stops the whole registry (Pykka's
 * {@code BaseException} rule). The failure half of Pykka's {@code tests/test_actor.py}, on every runtime.
 */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class ActorFailureTest {

    private final ActorRuntime runtime;
    private final ActorRegistry registry = new ActorRegistry();

    ActorFailureTest(ActorRuntime runtime) {
        this.runtime = runtime;
    }

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    private static Script throwingOn(Object trigger, Throwable failure) {
        return new Script().onReceive((actor, message) -> {
            if (trigger.equals(message)) {
                throw Waits.sneakyThrow(failure);
            }
            return message;
        });
    }

    @Test
    void askFailureGoesToTheFutureAndTheActorLivesOn() {
        IllegalArgumentException failure = new IllegalArgumentException("foo");
        ScriptedActor actor = runtime.startActor(registry, throwingOn("raise", failure));

        assertThatThrownBy(() -> actor.self().ask("raise").get(TIMEOUT)).isSameAs(failure);

        assertThat(actor.self().ask("still alive").get(TIMEOUT)).isEqualTo("still alive");
        assertThat(actor.events().onFailureWasCalled()).isFalse();
    }

    @Test
    void onFailureIsCalledWhenExceptionCannotBeReturned() {
        IllegalArgumentException failure = new IllegalArgumentException("foo");
        ScriptedActor actor = runtime.startActor(registry, throwingOn("raise", failure));

        actor.self().tell("raise");

        awaitLatch(actor.events().onFailureCalled);
        assertThat(actor.events().failure.get()).isSameAs(failure);
        await().atMost(TIMEOUT).until(() -> !actor.self().isAlive());
        assertThat(actor.events().onStopWasCalled()).as("onStop called").isFalse();
    }

    @Test
    void onFailureRunsInTheActorThreadAfterTheActorIsStoppedAndUnregistered() {
        Queue<Object> seenInOnFailure = new ConcurrentLinkedQueue<>();
        ScriptedActor actor = runtime.startActor(registry, throwingOn("raise", new IllegalStateException("x"))
                .onFailure((it, cause) -> {
                    seenInOnFailure.add(it.self().isAlive());
                    seenInOnFailure.add(registry.getByUrn(it.self().actorUrn()).isPresent());
                }));

        actor.self().tell("raise");

        awaitLatch(actor.events().onFailureCalled);
        assertThat(seenInOnFailure).containsExactly(false, false);
    }

    @Test
    void onFailureFailureCausesActorToStop() {
        ScriptedActor actor = runtime.startActor(registry, throwingOn("raise", new IllegalStateException("x"))
                .onFailure((it, cause) -> {
                    throw new IllegalStateException("on failure failed");
                }));

        actor.self().tell("raise");

        awaitLatch(actor.events().onFailureCalled);
        await().atMost(TIMEOUT).until(() -> !actor.self().isAlive());
        assertThat(registry.getAll()).isEmpty();
    }

    @Test
    void actorIsStoppedWhenUnhandledExceptionsAreRaised() {
        ScriptedActor actor = runtime.startActor(registry, throwingOn("raise", new IllegalStateException("x")));
        assertThat(registry.getAll()).hasSize(1);

        actor.self().tell("raise");

        awaitLatch(actor.events().onFailureCalled);
        await().atMost(TIMEOUT).until(() -> registry.getAll().isEmpty());
    }

    @Test
    void assertionErrorFollowsTheExceptionRules() {
        AssertionError failure = new AssertionError("not a VirtualMachineError");
        ScriptedActor actor = runtime.startActor(registry, throwingOn("raise", failure));
        ScriptedActor bystander = runtime.startActor(registry, new Script());

        assertThatThrownBy(() -> actor.self().ask("raise").get(TIMEOUT)).isSameAs(failure);
        actor.self().tell("raise");

        awaitLatch(actor.events().onFailureCalled);
        await().atMost(TIMEOUT).until(() -> !actor.self().isAlive());
        assertThat(bystander.self().isAlive()).isTrue();
    }

    @Test
    void queuedAsksFailAndQueuedStopsSucceedWhenATellKillsTheActor() {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScriptedActor actor = runtime.startActor(registry, new Script().onReceive((it, message) -> {
            entered.countDown();
            awaitLatch(release);
            throw new IllegalStateException("tell failed");
        }));
        actor.self().tell("fail after release");
        awaitLatch(entered);
        ActorFuture<Object> queuedAsk = actor.self().ask("queued");
        ActorFuture<Boolean> queuedStop = actor.self().stopAsync();

        release.countDown();

        assertThatThrownBy(() -> queuedAsk.get(TIMEOUT))
                .isInstanceOf(ActorDeadException.class)
                .hasMessageContaining(actor.self().toString());
        assertThat(queuedStop.get(TIMEOUT)).isTrue();
    }

    @Test
    void allActorsInTheRegistryAreStoppedLifoOnVirtualMachineErrorAndTheAskFails() {
        Queue<String> stopOrder = new ConcurrentLinkedQueue<>();
        ActorRegistry otherRegistry = new ActorRegistry();
        ScriptedActor unrelated = runtime.startActor(otherRegistry, new Script());
        runtime.start(registry, new Script().onStop(it -> stopOrder.add("first")));
        runtime.start(registry, new Script().onStop(it -> stopOrder.add("second")));
        OutOfMemoryError fatal = new OutOfMemoryError("simulated");
        ScriptedActor dying = runtime.startActor(registry, throwingOn("fatal", fatal));
        runtime.start(registry, new Script().onStop(it -> stopOrder.add("third")));

        ActorFuture<Object> inFlight = dying.self().ask("fatal");

        assertThatThrownBy(() -> inFlight.get(TIMEOUT)).isSameAs(fatal);
        awaitLatch(dying.events().onFailureCalled);
        await().atMost(TIMEOUT).until(() -> registry.getAll().isEmpty());
        assertThat(stopOrder).containsExactly("third", "second", "first");
        assertThat(dying.self().isAlive()).isFalse();
        try {
            assertThat(unrelated.self().isAlive()).as("actor in another registry").isTrue();
        } finally {
            otherRegistry.stopAll(TIMEOUT);
        }
    }

    @Test
    void stackOverflowErrorFollowsTheExceptionRulesLikePythonsRecursionError() {
        StackOverflowError failure = new StackOverflowError("simulated");
        ScriptedActor actor = runtime.startActor(registry, throwingOn("raise", failure));
        ScriptedActor bystander = runtime.startActor(registry, new Script());

        assertThatThrownBy(() -> actor.self().ask("raise").get(TIMEOUT)).isSameAs(failure);
        assertThat(actor.self().isAlive()).isTrue();
        actor.self().tell("raise");

        awaitLatch(actor.events().onFailureCalled);
        await().atMost(TIMEOUT).until(() -> !actor.self().isAlive());
        assertThat(bystander.self().isAlive()).isTrue();
    }

    @Test
    void virtualMachineErrorInATellAlsoStopsEveryOtherActor() {
        ScriptedActor bystander = runtime.startActor(registry, new Script());
        ScriptedActor dying = runtime.startActor(registry, throwingOn("fatal", new InternalError("simulated")));

        dying.self().tell("fatal");

        awaitLatch(dying.events().onFailureCalled);
        awaitLatch(bystander.events().onStopCalled);
        await().atMost(TIMEOUT).until(() -> registry.getAll().isEmpty());
    }
}
