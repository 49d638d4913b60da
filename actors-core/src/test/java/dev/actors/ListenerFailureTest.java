package dev.actors;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.actors.Waits.TIMEOUT;
import static dev.actors.Waits.awaitLatch;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 item 14: whatever an {@link ActorListener} throws, an {@link Error} included, is
 * logged at WARN and ignored: {@code registry.start()} still returns the ref, the stop still
 * completes, and the other listeners are still told.
 */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class ListenerFailureTest {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private final ActorRuntime runtime;
    private final ActorRegistry registry = new ActorRegistry();

    ListenerFailureTest(ActorRuntime runtime) {
        this.runtime = runtime;
    }

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    /** Throws an Error from both callbacks. */
    static final class ErringListener implements ActorListener {
        @Override
        public void actorStarted(ActorRef<?> ref) {
            throw new AssertionError("listener failed on start");
        }

        @Override
        public void actorStopped(ActorRef<?> ref, Optional<Throwable> failure) {
            throw new AssertionError("listener failed on stop");
        }
    }

    /** Counts the callbacks it gets. */
    static final class CountingListener implements ActorListener {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch stopped = new CountDownLatch(1);

        @Override
        public void actorStarted(ActorRef<?> ref) {
            started.countDown();
        }

        @Override
        public void actorStopped(ActorRef<?> ref, Optional<Throwable> failure) {
            stopped.countDown();
        }
    }

    @Test
    void anErrorThrownByAListenerIsLoggedAndIgnored() {
        CountingListener counting = new CountingListener();
        registry.addListener(new ErringListener());
        registry.addListener(counting);

        ActorRef<Actor> ref = runtime.start(registry, new Script().onReceive((actor, message) -> message));

        assertThat(ref).as("start returned the ref").isNotNull();
        awaitLatch(counting.started);
        assertThat(ref.<Object>ask("alive").get(TIMEOUT)).isEqualTo("alive");
        assertThat(ref.stop(TIMEOUT)).isTrue();
        awaitLatch(counting.stopped);
        assertThat(logs.awaitCount(Level.WARN, "failed on the start of " + ref.actor().label(), 1)).hasSize(1);
        assertThat(logs.awaitCount(Level.WARN, "failed on the stop of " + ref.actor().label(), 1)).hasSize(1);
    }
}
