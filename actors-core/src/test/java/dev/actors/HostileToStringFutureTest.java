package dev.actors;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.actors.Waits.TIMEOUT;
import static dev.actors.Waits.awaitLatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Issue 9 item 3, the futures' side: the messages of futures and typed proxies never call an
 * actor's overridden {@code toString()}, so a throwing one cannot replace the documented
 * {@link ActorTimeoutException} or self-wait {@link IllegalStateException}.
 */
class HostileToStringFutureTest {

    private static final Duration SHORT = Duration.ofMillis(50);

    /** The typed view of the hostile actors. */
    interface Slow {
        String slow();
    }

    private static final CountDownLatch RELEASE_NEVER_USED = new CountDownLatch(0);

    /** Answers "slow" once released, asks itself on "self", echoes anything else. */
    static final class HostileThreading extends ThreadingActor implements Slow {
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String slow() {
            awaitLatch(release);
            return "slow";
        }

        @Override
        protected Object onReceive(Object message) {
            return answer(this, message, release);
        }

        @Override
        public String toString() {
            throw new UnsupportedOperationException("hostile toString");
        }
    }

    /** The same on a virtual thread. */
    static final class HostileVirtual extends VirtualThreadActor implements Slow {
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String slow() {
            awaitLatch(release);
            return "slow";
        }

        @Override
        protected Object onReceive(Object message) {
            return answer(this, message, release);
        }

        @Override
        public String toString() {
            throw new UnsupportedOperationException("hostile toString");
        }
    }

    private static Object answer(Actor actor, Object message, CountDownLatch release) {
        if ("slow".equals(message)) {
            awaitLatch(release);
        }
        if ("self".equals(message)) {
            try {
                return actor.actorRef().ask("echo").get(TIMEOUT);
            } catch (RuntimeException e) {
                return e;
            }
        }
        return message;
    }

    static Stream<Supplier<Actor>> hostileActors() {
        return Stream.of(HostileThreading::new, HostileVirtual::new);
    }

    private final ActorRegistry registry = new ActorRegistry();
    private CountDownLatch release = RELEASE_NEVER_USED;

    @AfterEach
    void stopAll() {
        release.countDown();
        registry.stopAll(TIMEOUT);
    }

    private ActorRef<Actor> start(Supplier<Actor> kind) {
        Actor actor = kind.get();
        release = actor instanceof HostileThreading threading ? threading.release : ((HostileVirtual) actor).release;
        return registry.start(actor);
    }

    @ParameterizedTest
    @MethodSource("hostileActors")
    void aTimedOutGetThrowsActorTimeoutException(Supplier<Actor> kind) {
        ActorRef<Actor> ref = start(kind);

        Throwable thrown = catchThrowable(() -> ref.ask("slow").get(SHORT));

        assertThat(thrown).isInstanceOf(ActorTimeoutException.class).hasMessageContaining(ref.actorUrn());
    }

    @ParameterizedTest
    @MethodSource("hostileActors")
    void aPolledReplyThrowsActorTimeoutException(Supplier<Actor> kind) {
        ActorRef<Actor> ref = start(kind);

        Throwable thrown = catchThrowable(() -> ref.ask("slow").get(Duration.ZERO));

        assertThat(thrown).isInstanceOf(ActorTimeoutException.class).hasMessageContaining(ref.actorUrn());
    }

    @ParameterizedTest
    @MethodSource("hostileActors")
    void theReplyDescribesItselfWithoutTheActorsToString(Supplier<Actor> kind) {
        ActorRef<Actor> ref = start(kind);

        assertThat(ref.ask("slow").toString()).contains(ref.actorUrn());
    }

    @ParameterizedTest
    @MethodSource("hostileActors")
    void aSelfWaitThrowsIllegalStateException(Supplier<Actor> kind) {
        ActorRef<Actor> ref = start(kind);

        Object thrown = ref.ask("self").get(TIMEOUT);

        assertThat(thrown).isInstanceOf(IllegalStateException.class);
        assertThat(((Throwable) thrown).getMessage()).contains(ref.actorUrn());
    }

    @ParameterizedTest
    @MethodSource("hostileActors")
    void aTimedOutTypedProxyCallThrowsActorTimeoutException(Supplier<Actor> kind) {
        ActorRef<Actor> ref = start(kind);
        registry.setAskTimeout(SHORT);
        Slow proxy = ref.proxy(Slow.class);

        Throwable thrown = catchThrowable(proxy::slow);

        assertThat(thrown).isInstanceOf(ActorTimeoutException.class).hasMessageContaining(ref.actorUrn());
        assertThat(proxy.toString()).contains(ref.actorUrn());
        assertThat(ref.proxy().toString()).contains(ref.actorUrn());
    }
}
