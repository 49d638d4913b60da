package dev.actors;

import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.actors.Waits.TIMEOUT;
import static dev.actors.Waits.awaitLatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Start, stop and the lifecycle hooks (Pykka's {@code tests/test_actor.py}), on every runtime. */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class ActorLifecycleTest {

    private final ActorRuntime runtime;
    private final ActorRegistry registry = new ActorRegistry();

    ActorLifecycleTest(ActorRuntime runtime) {
        this.runtime = runtime;
    }

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    /** Handles "block" by waiting for {@code release}, after releasing {@code entered}; replies to anything else with itself. */
    private static Script blockingOn(CountDownLatch entered, CountDownLatch release) {
        return new Script().onReceive((actor, message) -> {
            if ("block".equals(message)) {
                entered.countDown();
                awaitLatch(release);
            }
            return message;
        });
    }

    @Test
    void messagesLeftInQueueAfterActorStopsReceiveAnError() {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ActorRef<Actor> ref = runtime.start(registry, blockingOn(entered, release));
        ref.tell("block");
        awaitLatch(entered);

        ActorFuture<Boolean> stopped = ref.stopAsync();
        ActorFuture<Object> late = ref.ask("late");
        ref.tell("late tell is accepted while the actor is still stopping");
        release.countDown();

        assertThatThrownBy(() -> late.get(TIMEOUT))
                .isInstanceOf(ActorDeadException.class)
                .hasMessageContaining(ref.toString());
        assertThat(stopped.get(TIMEOUT)).isTrue();
    }

    @Test
    void stopRequestsLeftInQueueAfterActorStopsAreHandled() {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ActorRef<Actor> ref = runtime.start(registry, blockingOn(entered, release));
        ref.tell("block");
        awaitLatch(entered);

        ActorFuture<Boolean> first = ref.stopAsync();
        ActorFuture<Boolean> second = ref.stopAsync();
        release.countDown();

        assertThat(first.get(TIMEOUT)).isTrue();
        assertThat(second.get(TIMEOUT)).isTrue();
    }

    @Test
    void actorHasAnUuid4BasedUrn() {
        ActorRef<Actor> ref = runtime.start(registry);

        assertThat(ref.actorUrn()).startsWith("urn:uuid:");
        assertThat(UUID.fromString(ref.actorUrn().substring("urn:uuid:".length())).version()).isEqualTo(4);
    }

    @Test
    void actorHasUniqueUuid() {
        List<String> urns = List.of(runtime.start(registry).actorUrn(), runtime.start(registry).actorUrn(),
                runtime.start(registry).actorUrn());

        assertThat(urns).doesNotHaveDuplicates();
    }

    @Test
    void strOnRawActorContainsActorClassNameAndUrn() {
        Actor unstarted = (Actor) runtime.create(new Script());

        assertThat(unstarted.toString())
                .isEqualTo(unstarted.getClass().getSimpleName() + " (" + unstarted.actorUrn() + ")");
    }

    @Test
    void constructorRunsInTheCallersThreadAndTheRefExistsBeforeStart() {
        ScriptedActor unstarted = runtime.create(new Script());

        assertThat(unstarted.events().constructorThread.get()).isSameAs(Thread.currentThread());
        assertThat(unstarted.self()).isNotNull();
        assertThat(unstarted.self().actorUrn()).isEqualTo(((Actor) unstarted).actorUrn());
        assertThat(unstarted.self().isAlive()).isFalse();
        assertThat(registry.getAll()).isEmpty();

        registry.start((Actor) unstarted);
        assertThat(unstarted.self().isAlive()).isTrue();
    }

    @Test
    void onStartIsCalledBeforeFirstMessageIsProcessed() {
        Queue<String> order = new ConcurrentLinkedQueue<>();
        ActorRef<Actor> ref = runtime.start(registry, new Script()
                .onStart(actor -> order.add("onStart"))
                .onReceive((actor, message) -> order.add((String) message)));

        ref.ask("first").get(TIMEOUT);

        assertThat(order).containsExactly("onStart", "first");
    }

    @Test
    void onStartIsCalledInTheActorsThreadAfterTheActorIsRegistered() {
        AtomicReference<ScriptedActor> self = new AtomicReference<>();
        ScriptedActor actor = runtime.startActor(registry, new Script().onStart(it -> {
            self.set(it);
            it.events().registeredDuringOnStart.set(registry.getByUrn(it.self().actorUrn()).isPresent());
        }));

        awaitLatch(actor.events().onStartCalled);
        assertThat(actor.events().registeredDuringOnStart.get()).isTrue();
        assertThat(actor.events().onStartThread.get()).isNotSameAs(Thread.currentThread());
    }

    @Test
    void onStartCanStopActorBeforeReceiveLoopIsStarted() {
        ScriptedActor actor = runtime.startActor(registry, new Script().onStart(ScriptedActor::stopSelf));

        awaitLatch(actor.events().onStopCalled);
        await().atMost(TIMEOUT).until(() -> !actor.self().isAlive());
    }

    @Test
    void onStartFailureCausesActorToStopAndFailsPendingAsks() {
        CountDownLatch release = new CountDownLatch(1);
        ScriptedActor actor = runtime.startActor(registry, new Script().onStart(it -> {
            awaitLatch(release);
            throw new IllegalStateException("on start failed");
        }));
        ActorFuture<Object> pending = actor.self().ask("queued while onStart runs");
        release.countDown();

        assertThatThrownBy(() -> pending.get(TIMEOUT)).isInstanceOf(ActorDeadException.class);
        await().atMost(TIMEOUT).until(() -> !actor.self().isAlive());
        assertThat(registry.getAll()).isEmpty();
        assertThat(actor.events().onFailureWasCalled()).as("onFailure called").isFalse();
        assertThat(actor.events().onStopWasCalled()).as("onStop called").isFalse();
    }

    @Test
    void onStopIsCalledWhenActorIsStopped() {
        ScriptedActor actor = runtime.startActor(registry, new Script());
        actor.self().ask("anything").get(TIMEOUT);
        assertThat(actor.events().onStopWasCalled()).isFalse();

        assertThat(actor.self().stop(TIMEOUT)).isTrue();

        assertThat(actor.events().onStopWasCalled()).isTrue();
        assertThat(actor.self().isAlive()).isFalse();
    }

    @Test
    void onStopFailureCausesActorToStop() {
        ScriptedActor actor = runtime.startActor(registry, new Script().onStop(it -> {
            throw new IllegalStateException("on stop failed");
        }));

        assertThat(actor.self().stop(TIMEOUT)).isTrue();

        assertThat(actor.events().onStopWasCalled()).isTrue();
        assertThat(actor.self().isAlive()).isFalse();
        assertThat(registry.getAll()).isEmpty();
    }

    @Test
    void insideOnStopTheActorIsNoLongerAliveNorRegisteredAndCannotTellItself() {
        AtomicReference<Boolean> aliveInOnStop = new AtomicReference<>();
        AtomicReference<Boolean> registeredInOnStop = new AtomicReference<>();
        AtomicReference<Throwable> tellToSelf = new AtomicReference<>();
        ScriptedActor actor = runtime.startActor(registry, new Script().onStop(it -> {
            aliveInOnStop.set(it.self().isAlive());
            registeredInOnStop.set(registry.getByUrn(it.self().actorUrn()).isPresent());
            try {
                it.self().tell("to myself");
            } catch (RuntimeException e) {
                tellToSelf.set(e);
            }
        }));

        actor.self().stop(TIMEOUT);

        assertThat(aliveInOnStop.get()).isFalse();
        assertThat(registeredInOnStop.get()).isFalse();
        assertThat(tellToSelf.get()).isInstanceOf(ActorDeadException.class);
    }

    @Test
    void actorCanCallStopOnSelfMultipleTimes() {
        ScriptedActor actor = runtime.startActor(registry, new Script().onReceive((it, message) -> {
            it.stopSelf();
            it.stopSelf();
            return "stopping";
        }));

        assertThat(actor.self().ask("stop twice").get(TIMEOUT)).isEqualTo("stopping");
        awaitLatch(actor.events().onStopCalled);
        await().atMost(TIMEOUT).until(() -> !actor.self().isAlive());
    }

    @Test
    void actorProcessesAllMessagesBeforeStopOnSelfStopsIt() {
        Queue<String> order = new ConcurrentLinkedQueue<>();
        ScriptedActor actor = runtime.startActor(registry, new Script()
                .onStop(it -> order.add("onStop"))
                .onReceive((it, message) -> {
                    order.add((String) message);
                    if ("message self then stop".equals(message)) {
                        it.self().tell("greetings");
                        it.stopSelf();
                    }
                    return null;
                }));

        actor.self().ask("message self then stop").get(TIMEOUT);

        awaitLatch(actor.events().onStopCalled);
        assertThat(order).containsExactly("message self then stop", "greetings", "onStop");
        await().atMost(TIMEOUT).until(() -> registry.getAll().isEmpty());
    }

    @Test
    void actorCannotBeRestartedAfterItStopped() {
        ScriptedActor actor = runtime.startActor(registry, new Script());
        actor.self().stop(TIMEOUT);

        assertThatThrownBy(() -> registry.start((Actor) actor))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(actor.getClass().getSimpleName());
    }
}
