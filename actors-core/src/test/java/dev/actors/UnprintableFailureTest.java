package dev.actors;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Issue 9 item 2: a failure whose {@code getMessage()} (so also {@code toString()}) throws must
 * not kill the actor's thread while it is logged (Logback formats the throwable when the event is
 * created; the test configuration logs {@code dev.actors} at DEBUG, so every level is on): the ask
 * still fails with it, a failing tell still runs {@code onFailure} and stops the actor, and
 * messages queued behind are answered. Something is still logged, naming the failure's class.
 */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class UnprintableFailureTest {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private final ActorRuntime runtime;
    private final ActorRegistry registry = new ActorRegistry();

    UnprintableFailureTest(ActorRuntime runtime) {
        this.runtime = runtime;
    }

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    /** A failure that cannot describe itself. */
    static final class UnprintableException extends RuntimeException {
        @Override
        public String getMessage() {
            throw new IllegalStateException("getMessage() of a hostile exception");
        }
    }

    /** A fatal error that cannot describe itself. */
    static final class UnprintableFatalError extends OutOfMemoryError {
        @Override
        public String getMessage() {
            throw new IllegalStateException("getMessage() of a hostile error");
        }
    }

    private static Script failingWith(Throwable failure) {
        return new Script().onReceive((actor, message) -> {
            if ("fail".equals(message)) {
                throw Waits.sneakyThrow(failure);
            }
            return message;
        });
    }

    @Test
    void anAskedFailureStillGoesToTheFutureAndTheActorLivesOn() {
        UnprintableException failure = new UnprintableException();
        ActorRef<Actor> ref = runtime.start(registry, failingWith(failure));

        assertThatThrownBy(() -> ref.ask("fail").get(TIMEOUT)).isSameAs(failure);

        assertThat(ref.<Object>ask("still alive").get(TIMEOUT)).isEqualTo("still alive");
        assertThat(ref.isAlive()).isTrue();
    }

    @Test
    void aToldFailureStillRunsOnFailureStopsTheActorAndAnswersQueuedAsks() {
        UnprintableException failure = new UnprintableException();
        CountDownLatch release = new CountDownLatch(1);
        ScriptedActor actor = runtime.startActor(registry, new Script().onReceive((it, message) -> {
            if ("block".equals(message)) {
                awaitLatch(release);
            } else if ("fail".equals(message)) {
                throw failure;
            }
            return message;
        }));
        ActorRef<Actor> ref = actor.self();
        ActorFuture<Object> blocked = ref.ask("block");
        ref.tell("fail");
        ActorFuture<Object> queued = ref.ask("queued behind the failure");
        release.countDown();

        assertThat(blocked.get(TIMEOUT)).isEqualTo("block");
        awaitLatch(actor.events().onFailureCalled);
        assertThat(actor.events().failure.get()).isSameAs(failure);
        assertThatThrownBy(() -> queued.get(TIMEOUT)).isInstanceOf(ActorDeadException.class);
        await().atMost(TIMEOUT).until(() -> !ref.isAlive() && ref.state() == ActorState.STOPPED);
        assertThat(ref.failure()).containsSame(failure);
        assertThat(logs.awaitCount(Level.ERROR, ref.actorUrn(), 1).getFirst().getThrowableProxy().getMessage())
                .as("a stand-in names the failure's class").contains(UnprintableException.class.getName());
    }

    @Test
    void aFireAndForgetCallFailureIsStillLoggedOnceAndTheActorLivesOn() {
        UnprintableException failure = new UnprintableException();
        ActorRef<Actor> ref = runtime.start(registry, failingWith(failure));

        ref.actor().send(Envelope.fireAndForget("fail"));

        assertThat(ref.<Object>ask("still alive").get(TIMEOUT)).isEqualTo("still alive");
        assertThat(logs.events(Level.WARN, ref.actorUrn())).hasSize(1);
    }

    @Test
    void aFailingOnStartStillStopsTheActorAndAnswersQueuedAsks() {
        CountDownLatch release = new CountDownLatch(1);
        ScriptedActor actor = runtime.startActor(registry, new Script().onStart(it -> {
            awaitLatch(release);
            throw new UnprintableException();
        }));
        ActorFuture<Object> queued = actor.self().ask("queued behind onStart");
        release.countDown();

        assertThatThrownBy(() -> queued.get(TIMEOUT)).isInstanceOf(ActorDeadException.class);
        await().atMost(TIMEOUT).until(() -> actor.self().state() == ActorState.STOPPED);
    }

    @Test
    void failingOnStopAndOnFailureHooksStillLetTheActorStop() {
        ScriptedActor stopping = runtime.startActor(registry, new Script().onStop(it -> {
            throw new UnprintableException();
        }));
        ScriptedActor failing = runtime.startActor(registry, failingWith(new UnprintableException())
                .onFailure((it, cause) -> {
                    throw new UnprintableException();
                }));

        assertThat(stopping.self().stop(TIMEOUT)).isTrue();
        failing.self().tell("fail");
        awaitLatch(failing.events().onFailureCalled);
        await().atMost(TIMEOUT).until(() -> failing.self().state() == ActorState.STOPPED);
        assertThat(failing.self().stop(TIMEOUT)).as("already stopped").isFalse();
    }

    @Test
    void anUnprintableFatalErrorStillFailsTheAskAndStopsTheRegistry() {
        ActorRef<Actor> bystander = runtime.start(registry);
        UnprintableFatalError fatal = new UnprintableFatalError();
        ScriptedActor actor = runtime.startActor(registry, failingWith(fatal));

        assertThatThrownBy(() -> actor.self().ask("fail").get(TIMEOUT)).isSameAs(fatal);

        await().atMost(TIMEOUT).until(() -> !bystander.isAlive() && !actor.self().isAlive());
        assertThat(registry.getAll()).isEmpty();
    }
}
