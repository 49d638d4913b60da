package dev.actors;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Passivation: idle entities stop normally (their {@code onStop} saves their state) and leave
 * nothing behind; {@code maxLive} passivates the least recently used; a message sent while an
 * incarnation is being passivated waits for its end and reaches the next one, in order.
 */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class EntityPassivationTest {

    /** Small, so that the tests are quick; nothing depends on when exactly a passivation happens. */
    private static final Duration IDLE = Duration.ofMillis(20);

    private final ActorRuntime runtime;
    private final List<EntityWorld> worlds = new CopyOnWriteArrayList<>();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();

    EntityPassivationTest(ActorRuntime runtime) {
        this.runtime = runtime;
    }

    private EntityWorld world(EntitySettings settings) {
        EntityWorld world = new EntityWorld(runtime, settings);
        world.registry.addDeadLetterListener(deadLetters::add);
        worlds.add(world);
        return world;
    }

    @AfterEach
    void stopAll() {
        for (EntityWorld world : worlds) {
            CountDownLatch gate = world.stopGate;
            if (gate != null) {
                gate.countDown();
            }
            world.registry.stopAll(TIMEOUT);
        }
    }

    @Test
    void anIdleEntityIsPassivatedItsOnStopRunsAndNothingIsKeptForItsKey() {
        EntityWorld world = world(EntitySettings.defaults().withIdleTimeout(IDLE));
        world.entities.tell("a", 1);

        await().atMost(TIMEOUT).until(() -> world.count("stop a") == 1);

        assertThat(world.store.get("a")).containsExactly(1);
        await().atMost(TIMEOUT).until(() -> world.entities.liveCount() == 0);
        assertThat(slots(world)).isZero();
        assertThat(world.entities.passivations()).isEqualTo(1);
        assertThat(world.registry.getAll()).isEmpty();
    }

    @Test
    void aPassivatedEntityComesBackWithTheStateItSavedOnItsNextMessage() {
        EntityWorld world = world(EntitySettings.defaults().withIdleTimeout(IDLE));
        world.entities.tell("a", 1);
        await().atMost(TIMEOUT).until(() -> world.count("stop a") == 1);

        world.entities.tell("a", 2);

        assertThat(world.state("a")).containsExactly(1, 2);
        assertThat(world.journal).startsWith("start a", "stop a", "start a");
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void aBusyEntityIsNotPassivatedWhileItsHandlerRuns() {
        EntityWorld world = world(EntitySettings.defaults().withIdleTimeout(IDLE));
        EntityWorld.Gate gate = EntityWorld.Gate.create();
        world.entities.tell("busy", gate);
        Waits.awaitLatch(gate.entered());
        world.entities.tell("control", 1); // sent later than the busy one's last message

        await().atMost(TIMEOUT).until(() -> world.count("stop control") == 1);

        assertThat(world.count("stop busy")).isZero();
        assertThat(world.entities.liveKeys()).containsExactly("busy");
        gate.open().countDown();
        await().atMost(TIMEOUT).until(() -> world.count("stop busy") == 1);
    }

    @Test
    void aZeroIdleTimeoutNeverPassivates() {
        EntityWorld world = world(EntitySettings.defaults().withIdleTimeout(Duration.ZERO));
        EntityWorld control = world(EntitySettings.defaults().withIdleTimeout(IDLE));
        world.entities.tell("a", 1);
        assertThat(world.state("a")).containsExactly(1);
        control.entities.tell("c", 1);

        await().atMost(TIMEOUT).until(() -> control.count("stop c") == 1);

        assertThat(world.entities.liveKeys()).containsExactly("a");
        assertThat(world.entities.passivations()).isZero();
    }

    @Test
    void startingOneMoreThanMaxLivePassivatesTheLeastRecentlySentTo() {
        EntityWorld world = world(EntitySettings.defaults().withIdleTimeout(Duration.ZERO).withMaxLive(3));
        for (String key : List.of("a", "b", "c")) {
            assertThat(world.state(key)).isEmpty();
        }
        world.entities.tell("a", 1); // b is now the least recently used

        world.entities.tell("d", 1);

        await().atMost(TIMEOUT).until(() -> world.count("stop b") == 1);
        assertThat(world.entities.liveKeys()).containsExactlyInAnyOrder("a", "c", "d");

        world.entities.tell("c", 1); // order now a, d, c
        world.entities.tell("e", 1);

        await().atMost(TIMEOUT).until(() -> world.count("stop a") == 1);
        assertThat(world.entities.liveKeys()).containsExactlyInAnyOrder("c", "d", "e");
        assertThat(world.entities.passivations()).isEqualTo(2);
        assertThat(world.store.get("a")).containsExactly(1);
    }

    @Test
    void anEvictedEntityFirstHandlesWhatWasQueuedForIt() {
        EntityWorld world = world(EntitySettings.defaults().withIdleTimeout(Duration.ZERO).withMaxLive(1));
        EntityWorld.Gate gate = EntityWorld.Gate.create();
        world.entities.tell("a", gate);
        Waits.awaitLatch(gate.entered());
        world.entities.tell("a", 1);
        world.entities.tell("a", 2);

        world.entities.tell("b", 1); // a, busy and with messages queued, is the least recently used
        gate.open().countDown();

        await().atMost(TIMEOUT).until(() -> world.count("stop a") == 1);
        assertThat(world.store.get("a")).containsExactly(1, 2);
        assertThat(world.entities.liveKeys()).containsExactly("b");
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void maxLiveHoldsAgainOnceASenderInFlightToTheLeastRecentlyUsedIsDone() throws InterruptedException {
        EntityWorld world = new EntityWorld(runtime, EntitySettings.defaults().withIdleTimeout(Duration.ZERO).withMaxLive(1),
                1);
        worlds.add(world);
        EntityWorld.Gate gate = EntityWorld.Gate.create();
        world.entities.tell("a", gate);
        Waits.awaitLatch(gate.entered());
        world.entities.tell("a", 1); // a's mailbox (capacity 1) is full
        Thread blocked = Thread.ofPlatform().daemon().start(() -> world.entities.tell("a", 2));
        await().atMost(TIMEOUT).until(() -> blocked.getState() == Thread.State.WAITING); // for room: a sender in flight to a

        world.entities.tell("b", 1); // a, being sent to, cannot be passivated now: the bound waits for that send
        assertThat(world.entities.liveKeys()).containsExactlyInAnyOrder("a", "b");
        gate.open().countDown();

        assertThat(blocked.join(TIMEOUT)).isTrue();
        await().atMost(TIMEOUT).until(() -> world.entities.liveCount() == 1);
        assertThat(world.entities.passivations()).isEqualTo(1);
        assertThat(world.entities.liveKeys()).containsExactly("a"); // b, started before a's last send, was the older
        assertThat(world.state("a")).containsExactly(1, 2);
    }

    @Test
    void messagesSentWhileAnIdleIncarnationStopsWaitForItsEndAndReachTheNextInOrder() {
        EntityWorld world = world(EntitySettings.defaults().withIdleTimeout(IDLE));
        world.stopGate = new CountDownLatch(1);
        world.entities.tell("a", 1);
        Waits.awaitLatch(world.stopEntered); // passivated: its onStop is running

        world.entities.tell("a", 2);
        ActorFuture<Object> reply = world.entities.ask("a", 3);
        world.entities.ref("a").tell(4);

        assertThat(reply.isDone()).as("no incarnation may take it before the old one's onStop returned").isFalse();
        assertThat(world.entities.liveCount()).isEqualTo(1);
        world.stopGate.countDown();

        assertThat(reply.get(TIMEOUT)).isEqualTo(3);
        assertThat(world.state("a")).containsExactly(1, 2, 3, 4);
        assertThat(world.journal).startsWith("start a", "stop a", "start a");
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void messagesSentWhileAnEvictedIncarnationStopsWaitForItsEndAndReachTheNextInOrder() {
        EntityWorld world = world(EntitySettings.defaults().withIdleTimeout(Duration.ZERO).withMaxLive(1));
        world.stopGate = new CountDownLatch(1);
        world.entities.tell("a", 1);
        world.entities.tell("b", 1); // evicts a, whose onStop then waits
        Waits.awaitLatch(world.stopEntered);

        world.entities.tell("a", 2);
        ActorFuture<Object> reply = world.entities.ask("a", 3);

        assertThat(reply.isDone()).isFalse();
        world.stopGate.countDown();

        assertThat(reply.get(TIMEOUT)).isEqualTo(3);
        assertThat(world.state("a")).containsExactly(1, 2, 3);
        await().atMost(TIMEOUT).until(() -> world.count("stop b") == 1); // a's return evicted b in turn
        assertThat(world.entities.liveKeys()).containsExactly("a");
        assertThat(world.count("start a")).isEqualTo(2);
        assertThat(world.journal.indexOf("stop a")).as("the old incarnation's onStop ended before the new one started")
                .isLessThan(world.journal.lastIndexOf("start a"));
        assertThat(deadLetters).isEmpty();
    }

    private static int slots(EntityWorld world) {
        return ((LocalEntities<String, RuntimeScriptedActor>) world.entities).slotCount();
    }
}
