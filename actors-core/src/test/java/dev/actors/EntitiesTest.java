package dev.actors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * {@link Entities}: one actor per key, started by its first message, an ordinary actor of the
 * registry; what a stop from outside, a death and a restart policy mean for it.
 */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class EntitiesTest {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private final ActorRuntime runtime;
    private final EntityWorld world;
    private final Entities<String, RuntimeScriptedActor> entities;

    EntitiesTest(ActorRuntime runtime) {
        this.runtime = runtime;
        this.world = new EntityWorld(runtime, EntitySettings.defaults());
        this.entities = world.entities;
    }

    @AfterEach
    void stopAll() {
        world.registry.stopAll(TIMEOUT);
    }

    @Test
    void theFirstMessageStartsTheEntityOfItsKeyAndTheNextOnesReachTheSameActor() {
        assertThat(entities.liveCount()).isZero();

        entities.tell("a", 1);
        entities.tell("a", 2);

        assertThat(world.state("a")).containsExactly(1, 2);
        assertThat(world.builds).hasValue(1);
        assertThat(entities.liveCount()).isEqualTo(1);
        assertThat(entities.liveKeys()).containsExactly("a");
        assertThat(world.journal).containsExactly("start a");
    }

    @Test
    void eachKeyHasItsOwnActorInTheRegistryAndItsRefNamesItsKey() {
        entities.tell("a", 1);
        entities.tell("b", 2);

        assertThat(world.state("a")).containsExactly(1);
        assertThat(world.state("b")).containsExactly(2);
        List<ActorRef<RuntimeScriptedActor>> refs = world.registry.getByClass(RuntimeScriptedActor.class);
        assertThat(refs).hasSize(2);
        assertThat(refs).extracting(ref -> entities.keyOf(ref).orElseThrow()).containsExactlyInAnyOrder("a", "b");
        assertThat(entities.liveKeys()).containsExactlyInAnyOrder("a", "b");
        assertThat(entities.liveCount()).isEqualTo(2);
    }

    @Test
    void keyOfIsEmptyForAnActorThatIsNoEntityOfThese() {
        ActorRef<Actor> plain = runtime.start(world.registry);

        assertThat(entities.keyOf(plain)).isEmpty();
    }

    @Test
    void aRefStartsNothingAndIsEqualByEntitiesAndKey() {
        EntityRef<String, RuntimeScriptedActor> ref = entities.ref("a");

        assertThat(ref.key()).isEqualTo("a");
        assertThat(entities.liveCount()).isZero();
        assertThat(world.builds).hasValue(0);
        assertThat(ref).isEqualTo(entities.ref("a")).hasSameHashCodeAs(entities.ref("a"));
        assertThat(ref).isNotEqualTo(entities.ref("b"));
        Entities<String, RuntimeScriptedActor> others = new EntityWorld(runtime, EntitySettings.defaults()).entities;
        assertThat(ref).isNotEqualTo(others.ref("a"));
        assertThat(ref).hasToString("EntityRef(RuntimeScriptedActor, key=a)");
        assertThat(entities).hasToString("RuntimeScriptedActor entities");
    }

    @Test
    void aRefReachesWhicheverIncarnationIsLive() {
        EntityRef<String, RuntimeScriptedActor> ref = entities.ref("a");
        ref.tell(1);
        String firstUrn = world.liveRef("a").actorUrn();

        world.liveRef("a").stop(TIMEOUT);
        ref.tell(2);

        assertThat(ref.<List<Object>>ask("state").get(TIMEOUT)).containsExactly(1, 2); // saved in onStop, loaded in onStart
        assertThat(world.liveRef("a").actorUrn()).isNotEqualTo(firstUrn);
    }

    @Test
    void concurrentFirstMessagesToOneKeyStartOneActor() {
        int senders = 8;
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Object>> sent = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            int n = i;
            sent.add(Waits.inNewThread(() -> {
                Waits.awaitLatch(go);
                return entities.ask("a", n).get(TIMEOUT);
            }));
        }

        go.countDown();

        assertThat(sent).allSatisfy(reply -> assertThat(reply.join()).isNotNull());
        assertThat(world.builds).hasValue(1);
        assertThat(world.registry.getByClass(RuntimeScriptedActor.class)).hasSize(1);
        assertThat(world.state("a")).hasSize(senders);
    }

    @Test
    void aFactoryThatThrowsFailsTheAskWithItsCauseAndTheNextMessageTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException refusal = new IllegalStateException("no database");
        Entities<String, RuntimeScriptedActor> flaky = world.registry.entities(RuntimeScriptedActor.class, key -> {
            if (calls.incrementAndGet() == 1) {
                throw refusal;
            }
            return (RuntimeScriptedActor) runtime.create(new Script().onReceive((actor, message) -> "hello " + key));
        }, EntitySettings.defaults());

        assertThatThrownBy(() -> flaky.ask("a", "hi").get(TIMEOUT)).isSameAs(refusal);
        assertThat(flaky.liveCount()).isZero();
        assertThat(((LocalEntities<String, RuntimeScriptedActor>) flaky).slotCount()).isZero();

        assertThat(flaky.<String>ask("a", "hi").get(TIMEOUT)).isEqualTo("hello a");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aToldMessageWhoseFactoryThrowsIsLoggedAtErrorNotThrownAndTheNextMessageTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        List<Object> handled = new CopyOnWriteArrayList<>();
        Entities<String, RuntimeScriptedActor> flaky = world.registry.entities(RuntimeScriptedActor.class, key -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("no database");
            }
            return (RuntimeScriptedActor) runtime.create(new Script().onReceive((actor, message) -> handled.add(message)));
        }, EntitySettings.defaults());

        flaky.tell("acc-1", "lost");

        List<ILoggingEvent> errors = logs.events(Level.ERROR, "Could not start");
        assertThat(errors).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).isEqualTo("Could not start the RuntimeScriptedActor entity of key "
                    + "acc-1: 0 ask(s) waiting for it failed with this exception, 1 told message(s) not delivered: [lost]. "
                    + "The next message to the key tries again");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("no database");
        });
        flaky.tell("acc-1", "delivered");
        await().atMost(TIMEOUT).until(() -> handled.contains("delivered"));
        assertThat(handled).containsExactly("delivered");
    }

    @Test
    void aFactoryReturningNullFailsWithAnIllegalStateExceptionNamingTheKindAndTheKey() {
        Entities<String, RuntimeScriptedActor> broken = world.registry.entities(RuntimeScriptedActor.class, key -> null,
                EntitySettings.defaults());

        assertThatThrownBy(() -> broken.ask("acc-1", "hi").get(TIMEOUT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The factory of the RuntimeScriptedActor entities returned null for the key acc-1: return a new "
                        + "actor instance from each call");
    }

    @Test
    void aFactoryReturningAStartedActorFailsWithAnIllegalStateExceptionNamingTheKindAndTheKey() {
        RuntimeScriptedActor started = (RuntimeScriptedActor) runtime.create(new Script());
        world.registry.start(started);
        Entities<String, RuntimeScriptedActor> broken = world.registry.entities(RuntimeScriptedActor.class, key -> started,
                EntitySettings.defaults());

        assertThatThrownBy(() -> broken.ask("acc-1", "hi").get(TIMEOUT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The factory of the RuntimeScriptedActor entities returned RuntimeScriptedActor (urn:uuid:")
                .hasMessageEndingWith(") for the key acc-1, an actor that was already started: return a new instance from "
                        + "each call (the entities start it)");
        assertThat(started.self().isAlive()).isTrue();
    }

    @Test
    void anEntityThatDiesOfAFailureDropsItsQueuedMessagesAndTheNextMessageStartsANewOne() throws Exception {
        List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
        try (AutoCloseable listening = world.registry.addDeadLetterListener(deadLetters::add)) {
            EntityWorld.Gate gate = EntityWorld.Gate.create();
            entities.tell("a", gate);
            Waits.awaitLatch(gate.entered());
            ActorRef<RuntimeScriptedActor> dying = world.liveRef("a");
            entities.tell("a", "boom");
            ActorFuture<Object> queued = entities.ask("a", "queued");

            gate.open().countDown();

            assertThatThrownBy(() -> queued.get(TIMEOUT)).isInstanceOf(ActorDeadException.class);
            await().atMost(TIMEOUT).until(() -> entities.liveCount() == 0);
            assertThat(deadLetters).extracting(DeadLetter::message, DeadLetter::reason).containsExactly(
                    tuple("boom", DeadLetter.Reason.FAILED),
                    tuple("queued", DeadLetter.Reason.DROPPED));

            assertThat(world.state("a")).isEmpty(); // a failure runs no onStop: nothing was saved
            assertThat(world.liveRef("a")).isNotEqualTo(dying);
            assertThat(world.journal).containsExactly("start a", "fail a", "start a");
        }
    }

    @Test
    void anEntityStoppedFromOutsideStartsAgainOnTheNextMessage() {
        entities.tell("a", 1);
        ActorRef<RuntimeScriptedActor> first = world.liveRef("a");

        assertThat(first.stop(TIMEOUT)).isTrue();
        entities.tell("a", 2);

        assertThat(world.state("a")).containsExactly(1, 2);
        assertThat(world.liveRef("a")).isNotEqualTo(first);
        assertThat(world.journal).containsExactly("start a", "stop a", "start a");
    }

    @Test
    void stopAllStopsTheEntitiesLikeAnyActorAndTheNextMessageStartsThemAgain() {
        entities.tell("a", 1);
        entities.tell("b", 1);
        assertThat(world.state("b")).containsExactly(1);

        assertThat(world.registry.stopAll(TIMEOUT)).containsExactly(true, true);
        await().atMost(TIMEOUT).until(() -> entities.liveCount() == 0);

        assertThat(world.count("stop a")).isEqualTo(1);
        assertThat(world.count("stop b")).isEqualTo(1);
        assertThat(world.state("a")).containsExactly(1);
        assertThat(entities.liveKeys()).containsExactly("a");
    }

    @Test
    void aBlockingAskOfItselfFromItsHandlerFailsAtOnceInsteadOfDeadlocking() {
        AtomicReference<Entities<String, RuntimeScriptedActor>> self = new AtomicReference<>();
        self.set(world.registry.entities(RuntimeScriptedActor.class, key -> (RuntimeScriptedActor) runtime.create(
                new Script().onReceive((actor, message) -> {
                    if (!"ask yourself".equals(message)) {
                        return message;
                    }
                    try {
                        return self.get().ask(key, "again").get(TIMEOUT);
                    } catch (IllegalStateException selfWait) {
                        return selfWait.getMessage();
                    }
                })), EntitySettings.defaults()));

        assertThat(self.get().<String>ask("a", "ask yourself").get(TIMEOUT))
                .startsWith("RuntimeScriptedActor (urn:uuid:").contains("is waiting, inside its own handler");
    }

    @Test
    void aRestartPolicyAppliesToEachIncarnationBehindTheSameRef() {
        Entities<String, RestartingEntity> restarting = world.registry.entities(RestartingEntity.class,
                key -> new RestartingEntity(), EntitySettings.defaults());
        restarting.tell("a", 1);
        ActorRef<RestartingEntity> incarnation = world.registry.getByClass(RestartingEntity.class).getFirst();

        restarting.tell("a", "boom");

        assertThat(restarting.<Integer>ask("a", 2).get(TIMEOUT)).isEqualTo(1); // a fresh instance: its count starts again
        assertThat(incarnation.restartCount()).isEqualTo(1);
        assertThat(world.registry.getByClass(RestartingEntity.class)).containsExactly(incarnation);
        assertThat(restarting.keyOf(incarnation)).contains("a");
    }

    /** Counts its messages; restarts after a failed tell. */
    static final class RestartingEntity extends VirtualThreadActor {
        private int count;

        @Override
        protected RestartPolicy restartPolicy() {
            return RestartPolicy.onFailure().withBackoff(Duration.ZERO, Duration.ZERO);
        }

        @Override
        protected Object onReceive(Object message) {
            if ("boom".equals(message)) {
                throw new IllegalStateException("boom: failure injected by the test");
            }
            return ++count;
        }
    }
}
