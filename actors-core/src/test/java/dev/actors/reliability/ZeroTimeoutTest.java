package dev.actors.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.actors.ActorFuture;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.ActorTimeoutException;
import dev.actors.ThreadingFuture;
import dev.actors.VirtualThreadActor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Duration.ZERO} as a timeout (documented in {@code docs/errors.md}). For a wait it
 * means "do not wait": each wait below meets work that is not done yet, so it throws
 * {@code ActorTimeoutException} at once, and nothing is lost: the work still completes
 * afterwards. As the registry's ask timeout it is refused, since every blocking proxy call
 * would then fail.
 */
class ZeroTimeoutTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ActorRegistry registry = new ActorRegistry();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    /** An actor whose "hold" message blocks until the test releases it. */
    final class Holder extends VirtualThreadActor {

        @Override
        protected Object onReceive(Object message) {
            if ("hold".equals(message)) {
                entered.countDown();
                try {
                    release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return message;
        }
    }

    @AfterEach
    void stopActors() {
        release.countDown();
        registry.stopAll(PATIENCE);
    }

    @Test
    void getWithZeroTimeoutPollsAndThrowsWhenNotDone() {
        ThreadingFuture<String> future = new ThreadingFuture<>();

        assertThatThrownBy(() -> future.get(Duration.ZERO)).isInstanceOf(ActorTimeoutException.class)
                .satisfies(e -> System.out.println("[errors.md] " + e));

        future.set("later");
        assertThat(future.get(Duration.ZERO)).isEqualTo("later");
    }

    @Test
    void stopWithZeroTimeoutOnABusyActorThrowsButTheStopStillHappens() throws InterruptedException {
        ActorRef<Holder> ref = busyActor();

        assertThatThrownBy(() -> ref.stop(Duration.ZERO)).isInstanceOf(ActorTimeoutException.class)
                .satisfies(e -> System.out.println("[errors.md] " + e));

        assertThat(ref.isAlive()).as("still busy with its message").isTrue();
        release.countDown();
        await().atMost(PATIENCE).until(() -> !ref.isAlive());
    }

    @Test
    void zeroAskTimeoutIsRefusedBecauseEveryBlockingProxyCallWouldFail() {
        assertThatThrownBy(() -> registry.setAskTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive")
                .satisfies(e -> System.out.println("[errors.md] " + e));
        assertThat(registry.askTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void getAllWithZeroTimeoutThrowsWhenAFutureIsNotDone() {
        ActorFuture<String> pending = new ThreadingFuture<>();

        assertThatThrownBy(() -> ActorFuture.getAll(List.of(ActorFuture.completed("done"), pending), Duration.ZERO))
                .isInstanceOf(ActorTimeoutException.class)
                .satisfies(e -> System.out.println("[errors.md] " + e));
    }

    private ActorRef<Holder> busyActor() throws InterruptedException {
        ActorRef<Holder> ref = registry.start(new Holder());
        ref.tell("hold");
        assertThat(entered.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        return ref;
    }
}
