package dev.actors;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.actors.Waits.TIMEOUT;
import static dev.actors.Waits.awaitLatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** {@link ActorRegistry#stopAll()}: LIFO, one actor at a time, timeout per actor, laggards named at the end. */
class RegistryStopAllTest {

    private final ActorRegistry registry = new ActorRegistry();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopAll() {
        release.countDown();
        registry.stopAll(TIMEOUT);
    }

    private ActorRef<Actor> start(Script script) {
        return ActorRuntime.THREADING.start(registry, script);
    }

    private static boolean awaitQuietly(CountDownLatch latch, Duration timeout) {
        try {
            return latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void allActorsCanBeStoppedThroughRegistry() {
        for (int i = 0; i < 8; i++) {
            start(new Script());
        }

        assertThat(registry.stopAll()).hasSize(8).containsOnly(true);
        assertThat(registry.getAll()).isEmpty();
    }

    @Test
    void stopAllOfAnEmptyRegistryReturnsAnEmptyList() {
        assertThat(registry.stopAll()).isEmpty();
        assertThat(registry.stopAllAsync()).isEmpty();
    }

    @Test
    void stopAllStopsLastStartedActorFirstAndWaitsForEachBeforeTheNext() {
        Queue<String> order = new ConcurrentLinkedQueue<>();
        CountDownLatch middleStopping = new CountDownLatch(1);
        start(new Script().onStop(it -> order.add("first")));
        start(new Script().onStop(it -> {
            middleStopping.countDown();
            order.add("middle");
        }));
        start(new Script().onStop(it -> {
            // Were the stops sent all at once, the middle actor would stop while this one waits here.
            boolean overlapped = awaitQuietly(middleStopping, Duration.ofMillis(200));
            order.add(overlapped ? "last, overlapped by middle" : "last");
        }));

        assertThat(registry.stopAll(TIMEOUT)).containsExactly(true, true, true);

        assertThat(order).containsExactly("last", "middle", "first");
    }

    @Test
    void stopAllReturnsFalseForActorsThatWereAlreadyDead() {
        ActorRef<Actor> dead = start(new Script());
        start(new Script());
        dead.stop(TIMEOUT);
        registry.register(dead);

        assertThat(registry.stopAll(TIMEOUT)).as("the re-registered dead actor is last, so stopped first")
                .containsExactly(false, true);
    }

    @Test
    void stopAllAsyncReturnsOneFuturePerActor() {
        start(new Script());
        start(new Script());

        List<ActorFuture<Boolean>> futures = registry.stopAllAsync();

        assertThat(ActorFuture.getAll(futures, TIMEOUT)).containsExactly(true, true);
        assertThat(registry.getAll()).isEmpty();
    }

    @Test
    void timeoutAppliesToEachActor() {
        Duration stopTime = Duration.ofMillis(1500);
        Script slowStop = new Script().onStop(it -> awaitQuietly(new CountDownLatch(1), stopTime));
        start(slowStop);
        start(slowStop);

        assertThat(registry.stopAll(Duration.ofMillis(2500))).as("3 s in all, under 2.5 s each (1 s of slack for a loaded CI machine)").containsExactly(true, true);
    }

    @Test
    void anActorThatDoesNotStopInTimeIsNamedAtTheEndAndTheOthersAreStillStopped() {
        CountDownLatch entered = new CountDownLatch(1);
        ActorRef<Actor> first = start(new Script());
        ActorRef<Actor> laggard = start(new Script().onReceive((it, message) -> {
            entered.countDown();
            awaitLatch(release);
            return null;
        }));
        ActorRef<Actor> last = start(new Script());
        laggard.tell("block");
        awaitLatch(entered);

        assertThatThrownBy(() -> registry.stopAll(Duration.ofMillis(100)))
                .isInstanceOf(ActorTimeoutException.class)
                .hasMessageContaining(laggard.actorUrn())
                .message().doesNotContain(first.actorUrn()).doesNotContain(last.actorUrn());

        assertThat(first.isAlive()).isFalse();
        assertThat(last.isAlive()).isFalse();
        assertThat(laggard.isAlive()).as("its stop is queued behind the blocked message").isTrue();
        release.countDown();
        await().atMost(TIMEOUT).until(() -> !laggard.isAlive());
        assertThat(registry.getAll()).isEmpty();
    }

    @Test
    void stopAllFromAHandlerStopsTheOthersAndItsOwnActorAfterTheMessage() {
        ActorRef<Actor> first = start(new Script());
        ActorRef<Actor> stopper = start(new Script().onReceive((actor, message) -> registry.stopAll(TIMEOUT)));
        ActorRef<Actor> last = start(new Script());

        assertThat(stopper.ask("stop everyone").get(TIMEOUT)).isEqualTo(List.of(true, true, true));

        assertThat(first.isAlive()).as("stopped although started before the caller's own actor").isFalse();
        assertThat(last.isAlive()).isFalse();
        await().atMost(TIMEOUT).until(() -> !stopper.isAlive());
    }
}
