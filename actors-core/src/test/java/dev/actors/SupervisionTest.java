package dev.actors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Restart policies: a failed tell restarts the actor behind the same ref, within bounds (Pekko's supervision). */
class SupervisionTest {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private final ActorRegistry registry = new ActorRegistry();

    @AfterEach
    void stopAll() {
        registry.stopAll(Waits.TIMEOUT);
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void aFailedTellRestartsANewInstanceBehindTheSameRef(ActorRuntime runtime) {
        SupervisedActor.Shared shared = new SupervisedActor.Shared(runtime, SupervisedActor.quick());
        List<ActorRef<?>> restarted = new CopyOnWriteArrayList<>();
        registry.addListener(new ActorListener() {
            @Override
            public void restarted(ActorRef<?> ref, Throwable cause) {
                restarted.add(ref);
            }
        });
        ActorRef<SupervisedActor> ref = registry.startFrom(shared::create);
        String urn = ref.actorUrn();
        ActorProxy<SupervisedActor> proxy = ref.proxy();

        ref.tell("boom");

        assertThat(ref.<Integer>ask("incarnation").get(Waits.TIMEOUT)).isEqualTo(2);
        assertThat(proxy.call(actor -> actor.actorUrn()).get(Waits.TIMEOUT)).isEqualTo(urn);
        assertThat(ref.isAlive()).isTrue();
        assertThat(ref.restartCount()).isEqualTo(1);
        assertThat(shared.failedInstances).containsExactly(1);
        assertThat(shared.refsSeenInConstructor).containsExactly(ref, ref); // the new instance's actorRef() in its constructor
        assertThat(restarted).containsExactly(ref);
        assertThat(registry.getAll()).containsExactly(ref);
        assertThat(registry.getByUrn(urn)).contains(ref);
        assertThat(ref.stop(Waits.TIMEOUT)).isTrue();
        assertThat(shared.stoppedInstances).containsExactly(2);
        assertThat(ref.failure()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void messagesQueuedBehindTheFailureAreHandledInOrderByTheNewInstance(ActorRuntime runtime) {
        SupervisedActor.Shared shared = new SupervisedActor.Shared(runtime, SupervisedActor.quick());
        shared.gate = new CountDownLatch(1);
        ActorRef<SupervisedActor> ref = registry.startFrom(shared::create);
        ref.tell("block");
        ref.tell("boom");
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ref.tell(i);
            expected.add(i);
        }
        ActorFuture<Integer> asked = ref.ask("incarnation");
        shared.gate.countDown();

        assertThat(asked.get(Waits.TIMEOUT)).isEqualTo(2);
        assertThat(shared.handled).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void anAskSentDuringTheBackoffWaitsAndSucceeds(ActorRuntime runtime) {
        RestartPolicy slow = RestartPolicy.onFailure().withBackoff(Duration.ofMillis(300), Duration.ofMillis(300));
        SupervisedActor.Shared shared = new SupervisedActor.Shared(runtime, slow);
        ActorRef<SupervisedActor> ref = registry.startFrom(shared::create);
        ref.tell("boom");
        await().atMost(Waits.TIMEOUT).until(() -> ref.state() == ActorState.RESTARTING);

        ActorFuture<Integer> duringBackoff = ref.ask("incarnation");

        assertThat(ref.isAlive()).isTrue();
        assertThat(duringBackoff.get(Waits.TIMEOUT)).isEqualTo(2);
        assertThat(ref.state()).isNotEqualTo(ActorState.RESTARTING);
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void aStopDuringTheBackoffEndsItAndStillHandlesWhatWasSentBefore(ActorRuntime runtime) {
        RestartPolicy forAMinute = RestartPolicy.onFailure().withBackoff(Duration.ofMinutes(1), Duration.ofMinutes(1));
        SupervisedActor.Shared shared = new SupervisedActor.Shared(runtime, forAMinute);
        ActorRef<SupervisedActor> ref = registry.startFrom(shared::create);
        ref.tell("boom");
        await().atMost(Waits.TIMEOUT).until(() -> ref.state() == ActorState.RESTARTING);
        ref.tell("before-stop");
        ActorFuture<Integer> asked = ref.ask("incarnation");

        assertThat(ref.stop(Waits.TIMEOUT)).isTrue();

        assertThat(asked.get(Duration.ZERO)).isEqualTo(2);
        assertThat(shared.handled).containsExactly("before-stop");
        assertThat(shared.stoppedInstances).containsExactly(2);
        assertThat(ref.isAlive()).isFalse();
        assertThat(ref.state()).isEqualTo(ActorState.STOPPED);
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void pastTheBoundTheActorStopsForGoodAndNoFutureHangs(ActorRuntime runtime) {
        RestartPolicy twice = RestartPolicy.onFailure().withBackoff(Duration.ZERO, Duration.ZERO)
                .withMaxRestarts(2, Duration.ofMinutes(1));
        SupervisedActor.Shared shared = new SupervisedActor.Shared(runtime, twice);
        shared.gate = new CountDownLatch(1);
        ActorRef<SupervisedActor> ref = registry.startFrom(shared::create);
        ref.tell("block");
        ref.tell("boom");
        ref.tell("boom");
        ref.tell("boom");
        ActorFuture<Integer> queuedBehind = ref.ask("incarnation");
        shared.gate.countDown();

        assertThatThrownBy(() -> queuedBehind.get(Waits.TIMEOUT)).isInstanceOf(ActorDeadException.class);
        assertThat(ref.isAlive()).isFalse();
        assertThat(ref.restartCount()).isEqualTo(2);
        assertThat(shared.built).hasValue(3);
        assertThat(shared.failedInstances).containsExactly(1, 2, 3);
        assertThat(ref.failure()).get().satisfies(cause -> assertThat(cause).hasMessage("boom in instance 3"));
        assertThat(logs.awaitCount(Level.ERROR, "stopping it for good", 1)).hasSize(1);
        assertThat(registry.getAll()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void anOnStartFailingOnEveryRestartIsBoundedAndEndsStopped(ActorRuntime runtime) {
        SupervisedActor.Shared shared = new SupervisedActor.Shared(runtime, SupervisedActor.quick());
        shared.failOnStartAlways = true;
        List<Optional<Throwable>> stopped = new CopyOnWriteArrayList<>();
        registry.addListener(new ActorListener() {
            @Override
            public void actorStopped(ActorRef<?> ref, Optional<Throwable> failure) {
                stopped.add(failure);
            }
        });

        ActorRef<SupervisedActor> ref = registry.startFrom(shared::create);
        ActorFuture<Integer> asked = ref.ask("incarnation");

        assertThatThrownBy(() -> asked.get(Waits.TIMEOUT)).isInstanceOf(ActorDeadException.class);
        assertThat(shared.built).hasValue(4); // the first instance and 3 restarts
        assertThat(ref.restartCount()).isEqualTo(3);
        assertThat(shared.failedInstances).isEmpty(); // onFailure is not called for onStart failures
        await().atMost(Waits.TIMEOUT).until(() -> stopped.size() == 1);
        assertThat(stopped.getFirst()).get().satisfies(cause -> assertThat(cause).hasMessage("onStart of instance 4 fails"));
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void aStopDuringTheBackoffOfAnActorThatKeepsFailingEndsItAfterOneMoreTry(ActorRuntime runtime) {
        RestartPolicy patient = RestartPolicy.onFailure().withBackoff(Duration.ofMinutes(1), Duration.ofMinutes(1))
                .withMaxRestarts(1_000_000, Duration.ofMinutes(1));
        SupervisedActor.Shared shared = new SupervisedActor.Shared(runtime, patient);
        shared.failOnStartAlways = true;
        List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
        registry.addDeadLetterListener(deadLetters::add);
        ActorRef<SupervisedActor> ref = registry.startFrom(shared::create);
        await().atMost(Waits.TIMEOUT).until(() -> ref.state() == ActorState.RESTARTING);
        ref.tell("sent before the stop");

        assertThat(ref.stop(Waits.TIMEOUT)).isTrue();

        assertThat(shared.built).hasValue(2); // the first instance and the one restart tried for the stop
        assertThat(ref.isAlive()).isFalse();
        assertThat(deadLetters).containsExactly(new DeadLetter(ref, "sent before the stop", DeadLetter.Reason.DROPPED));
        assertThat(logs.awaitCount(Level.ERROR, "was asked to stop and failed again on its restart", 1)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void aFirstOnStartFailureRestartsToo(ActorRuntime runtime) {
        SupervisedActor.Shared shared = new SupervisedActor.Shared(runtime, SupervisedActor.quick());
        shared.failOnStartUpTo = 1;
        ActorRef<SupervisedActor> ref = registry.startFrom(shared::create);

        assertThat(ref.<Integer>ask("incarnation").get(Waits.TIMEOUT)).isEqualTo(2);
        assertThat(ref.restartCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void aFactoryThatThrowsCountsAsAFailure(ActorRuntime runtime) {
        SupervisedActor.Shared shared = new SupervisedActor.Shared(runtime, SupervisedActor.quick());
        AtomicInteger calls = new AtomicInteger();
        ActorRef<SupervisedActor> ref = registry.startFrom(() -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("factory call 2 fails");
            }
            return shared.create();
        });
        ref.tell("boom");

        assertThat(ref.<Integer>ask("incarnation").get(Waits.TIMEOUT)).isEqualTo(2);
        assertThat(calls).hasValue(3);
        assertThat(logs.awaitCount(Level.ERROR, "The factory of SupervisedActor", 1)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void aFactoryReturningAnInstanceItDidNotBuildIsRefusedClearly(ActorRuntime runtime) {
        SupervisedActor.Shared shared = new SupervisedActor.Shared(runtime, SupervisedActor.quick());
        SupervisedActor first = shared.create();
        ActorRef<SupervisedActor> ref = registry.startFrom(() -> first); // the same instance every time

        ref.tell("boom");

        await().atMost(Waits.TIMEOUT).until(() -> !ref.isAlive());
        assertThat(logs.awaitCount(Level.ERROR, "The factory of SupervisedActor", 3)).hasSize(3);
        assertThat(ref.failure()).get().satisfies(cause -> assertThat(cause)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("return a new instance of SupervisedActor, built in the factory, from each call"));
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void failedAsksNeverRestart(ActorRuntime runtime) {
        SupervisedActor.Shared shared = new SupervisedActor.Shared(runtime, SupervisedActor.quick());
        ActorRef<SupervisedActor> ref = registry.startFrom(shared::create);

        assertThatThrownBy(() -> ref.ask("boom").get(Waits.TIMEOUT)).hasMessage("boom in instance 1");
        assertThat(ref.<Integer>ask("incarnation").get(Waits.TIMEOUT)).isEqualTo(1);
        assertThat(ref.restartCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void aVirtualMachineErrorNeverRestarts(ActorRuntime runtime) {
        SupervisedActor.Shared shared = new SupervisedActor.Shared(runtime, SupervisedActor.quick());
        ActorRef<SupervisedActor> ref = registry.startFrom(shared::create);
        ActorRef<Actor> bystander = runtime.start(registry);

        ref.tell("fatal");

        await().atMost(Waits.TIMEOUT).until(() -> !ref.isAlive() && !bystander.isAlive());
        assertThat(ref.restartCount()).isZero();
        assertThat(shared.built).hasValue(1);
        assertThat(ref.failure()).get().isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void startingAnInstanceWithARestartPolicyIsRefused() {
        SupervisedActor.Shared shared = new SupervisedActor.Shared(ActorRuntime.VIRTUAL_THREADS, SupervisedActor.quick());
        SupervisedActor actor = shared.create();

        assertThatThrownBy(() -> registry.start(actor))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has the restart policy RestartPolicy.onFailure(")
                .hasMessageContaining("registry.startFrom(SupervisedActor::new)");
        assertThat(registry.getAll()).isEmpty();
        assertThat(actor.actorRef().isAlive()).isFalse();
    }

    @Test
    void startFromWithoutAPolicyBehavesAsStart() {
        ActorRef<Actor> ref = registry.startFrom(() -> ActorRuntime.THREADING.create(new Script()) instanceof Actor actor
                ? actor : null);
        assertThat(ref.isAlive()).isTrue();
        assertThat(ref.restartCount()).isZero();
    }

    @Test
    void startFromRefusesNullAndAStartedInstance() {
        assertThatThrownBy(() -> registry.startFrom(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> registry.startFrom(() -> null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("returned null");
        SupervisedActor.Shared shared = new SupervisedActor.Shared(ActorRuntime.THREADING, RestartPolicy.never());
        SupervisedActor started = shared.create();
        registry.start(started);
        assertThatThrownBy(() -> registry.startFrom(() -> started))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was already started");
    }

    @ParameterizedTest
    @EnumSource(ActorRuntime.class)
    void aRestartedInstanceCannotBeStartedAgain(ActorRuntime runtime) {
        SupervisedActor.Shared shared = new SupervisedActor.Shared(runtime, SupervisedActor.quick());
        List<SupervisedActor> built = new CopyOnWriteArrayList<>();
        ActorRef<SupervisedActor> ref = registry.startFrom(() -> {
            SupervisedActor actor = shared.create();
            built.add(actor);
            return actor;
        });
        ref.tell("boom");
        assertThat(ref.<Integer>ask("incarnation").get(Waits.TIMEOUT)).isEqualTo(2);

        assertThatThrownBy(() -> registry.startFrom(() -> built.get(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("built by a restart");
    }
}
