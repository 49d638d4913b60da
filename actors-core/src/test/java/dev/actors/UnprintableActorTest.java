package dev.actors;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.actors.Waits.TIMEOUT;
import static dev.actors.Waits.awaitLatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 9 item 3: an actor whose {@code toString()} throws. The runtime names actors by
 * {@link Actor#label()} in every message and log line, so a stop and the asks queued behind it
 * complete, sends to the dead actor throw {@link ActorDeadException}, a stop that times out throws
 * {@link ActorTimeoutException}, and the runtime's log lines still name the actor.
 */
class UnprintableActorTest {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private final ActorRegistry registry = new ActorRegistry();

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    /** Blocks on "block" until released. */
    static final class UnprintableThreadingActor extends ThreadingActor {
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        protected Object onReceive(Object message) throws Exception {
            if ("block".equals(message)) {
                awaitLatch(release);
                return message;
            }
            return "unhandled".equals(message) ? super.onReceive(message) : message;
        }

        @Override
        public String toString() {
            throw new UnsupportedOperationException("toString() of a hostile actor");
        }
    }

    /** The same, on virtual threads. */
    static final class UnprintableVirtualActor extends VirtualThreadActor {
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        protected Object onReceive(Object message) throws Exception {
            if ("block".equals(message)) {
                awaitLatch(release);
                return message;
            }
            return "unhandled".equals(message) ? super.onReceive(message) : message;
        }

        @Override
        public String toString() {
            throw new UnsupportedOperationException("toString() of a hostile actor");
        }
    }

    @Test
    void aStopAndTheAsksQueuedBehindItCompleteAndLaterSendsThrowActorDeadException() {
        for (Actor actor : new Actor[] {new UnprintableThreadingActor(), new UnprintableVirtualActor()}) {
            ActorRef<Actor> ref = registry.start(actor);
            ActorFuture<Object> blocked = ref.ask("block");
            ActorFuture<Boolean> stop = ref.stopAsync();
            ActorFuture<Object> queued = ref.ask("queued behind the stop");
            release(actor);

            assertThat(blocked.get(TIMEOUT)).isEqualTo("block");
            assertThat(stop.get(TIMEOUT)).isTrue();
            assertThatThrownBy(() -> queued.get(TIMEOUT)).isInstanceOf(ActorDeadException.class)
                    .hasMessageContaining(ref.actorUrn());
            assertThatThrownBy(() -> ref.tell("to the dead")).isInstanceOf(ActorDeadException.class)
                    .hasMessage(actor.label() + " not found");
            assertThatThrownBy(() -> ref.proxy()).isInstanceOf(ActorDeadException.class)
                    .hasMessage(actor.label() + " not found");
            assertThat(ref.<Object>ask("ask the dead")).satisfies(dead ->
                    assertThatThrownBy(() -> dead.get(TIMEOUT)).isInstanceOf(ActorDeadException.class));
            assertThat(ref.stop(TIMEOUT)).isFalse();
        }
    }

    @Test
    void theRuntimesLogLinesNameTheActorByItsLabel() {
        for (Actor actor : new Actor[] {new UnprintableThreadingActor(), new UnprintableVirtualActor()}) {
            ActorRef<Actor> ref = registry.start(actor);

            assertThat(ref.<Object>ask("unhandled").get(TIMEOUT)).isNull();
            ref.stop(TIMEOUT);

            assertThat(logs.events(Level.WARN, "Unexpected message")).anySatisfy(event ->
                    assertThat(event.getFormattedMessage()).contains(actor.label()));
            assertThat(logs.events(Level.DEBUG, actor.label())).isNotEmpty();
            assertThat(logs.events(event -> event.getFormattedMessage().contains("FAILED toString()"))).isEmpty();
        }
    }

    @Test
    void startingTwiceAndABadCapacityNameTheActorByItsLabel() {
        UnprintableVirtualActor started = new UnprintableVirtualActor();
        registry.start(started);
        assertThatThrownBy(() -> registry.start(started)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(started.label() + " was already started");

        VirtualThreadActor noRoom = new VirtualThreadActor() {
            @Override
            protected int mailboxCapacity() {
                return 0;
            }

            @Override
            public String toString() {
                throw new UnsupportedOperationException("toString() of a hostile actor");
            }
        };
        assertThatThrownBy(() -> registry.start(noRoom)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(noRoom.label() + ": mailboxCapacity() must be at least 1");
    }

    /** Needs the futures side too: a timed-out get names its completer by label() (ThreadingFuture). */
    @Test
    void aStopThatTimesOutThrowsActorTimeoutExceptionAndStopAllNamesTheLaggardsByTheirLabels() {
        UnprintableVirtualActor stuck = new UnprintableVirtualActor();
        ActorRef<Actor> ref = registry.start(stuck);
        ActorFuture<Object> blocked = ref.ask("block");

        assertThatThrownBy(() -> ref.stop(Duration.ofMillis(20))).isInstanceOf(ActorTimeoutException.class)
                .hasMessage(stuck.label() + " did not stop within PT0.02S");
        assertThatThrownBy(() -> registry.stopAll(Duration.ofMillis(20))).isInstanceOf(ActorTimeoutException.class)
                .hasMessageContaining("[" + stuck.label() + "]");
        stuck.release.countDown();
        assertThat(blocked.get(TIMEOUT)).isEqualTo("block");
    }

    private static void release(Actor actor) {
        if (actor instanceof UnprintableThreadingActor threading) {
            threading.release.countDown();
        } else {
            ((UnprintableVirtualActor) actor).release.countDown();
        }
    }
}
