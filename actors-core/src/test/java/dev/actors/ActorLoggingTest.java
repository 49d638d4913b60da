package dev.actors;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
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
 * One log event per case, at Pykka's levels (Pykka's {@code tests/test_logging.py}), on every runtime.
 * Events are matched by the actor's URN, so stray events of other tests' actors do not count.
 */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class ActorLoggingTest {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private final ActorRuntime runtime;
    private final ActorRegistry registry = new ActorRegistry();

    ActorLoggingTest(ActorRuntime runtime) {
        this.runtime = runtime;
    }

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    private static Script raisingOn(String trigger) {
        return new Script().onReceive((actor, message) -> {
            if (trigger.equals(message)) {
                throw new IllegalStateException("foo");
            }
            return actor.unhandled(message);
        });
    }

    /** Waits for {@code count} events, then for the actor to be gone, and returns the final events. */
    private List<ILoggingEvent> settledEvents(Level level, ScriptedActor actor, int count) {
        logs.awaitCount(level, actor.self().actorUrn(), count);
        await().atMost(TIMEOUT).until(() -> !actor.self().isAlive() && registry.getByUrn(actor.self().actorUrn()).isEmpty());
        return logs.events(level, actor.self().actorUrn());
    }

    private static void assertFooThrowable(ILoggingEvent event) {
        assertThat(event.getThrowableProxy()).isNotNull();
        assertThat(event.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
        assertThat(event.getThrowableProxy().getMessage()).isEqualTo("foo");
    }

    @Test
    void unexpectedMessagesAreLoggedAtWarnOncePerMessage() {
        ScriptedActor actor = runtime.startActor(registry, new Script());
        ActorRef<Actor> ref = actor.self();

        ref.tell("unhandled one");
        ref.tell("unhandled two");
        assertThat(ref.ask("unhandled three").get(TIMEOUT)).as("default onReceive replies null").isNull();

        List<ILoggingEvent> warnings = logs.events(Level.WARN, ref.actorUrn());
        assertThat(warnings).hasSize(3);
        assertThat(warnings).allSatisfy(event -> assertThat(event.getFormattedMessage())
                .contains("Unexpected message").contains(ref.toString()));
        assertThat(warnings.get(2).getFormattedMessage()).contains("unhandled three");
        assertThat(ref.isAlive()).isTrue();
    }

    /** API 0.2 "Changed": DEBUG, not Pykka's INFO: the caller gets the exception and decides whether it is news. */
    @Test
    void exceptionIsLoggedAtDebugWhenReturnedToCaller() {
        ScriptedActor actor = runtime.startActor(registry, raisingOn("raise"));
        ActorRef<Actor> ref = actor.self();

        assertThatThrownBy(() -> ref.ask("raise").get(TIMEOUT)).hasMessage("foo");
        assertThatThrownBy(() -> ref.ask("raise").get(TIMEOUT)).hasMessage("foo");
        ref.stop(TIMEOUT);

        List<ILoggingEvent> debugs = logs.events(event -> event.getLevel() == Level.DEBUG
                && event.getFormattedMessage().contains(ref.actorUrn()) && event.getThrowableProxy() != null);
        assertThat(debugs).hasSize(2).allSatisfy(ActorLoggingTest::assertFooThrowable);
        assertThat(debugs).allSatisfy(event -> assertThat(event.getFormattedMessage()).contains("Exception returned from"));
        assertThat(logs.events(event -> event.getLevel().isGreaterOrEqual(Level.INFO)
                && event.getFormattedMessage().contains(ref.actorUrn()))).isEmpty();
    }

    @Test
    void exceptionIsLoggedAtErrorWhenNoReplyIsRequested() {
        ScriptedActor actor = runtime.startActor(registry, raisingOn("raise"));

        actor.self().tell("raise");

        awaitLatch(actor.events().onFailureCalled);
        List<ILoggingEvent> errors = settledEvents(Level.ERROR, actor, 1);
        assertThat(errors).hasSize(1);
        assertFooThrowable(errors.get(0));
    }

    @Test
    void virtualMachineErrorIsLoggedAtError() {
        OutOfMemoryError fatal = new OutOfMemoryError("simulated");
        ScriptedActor actor = runtime.startActor(registry, new Script().onReceive((it, message) -> {
            throw fatal;
        }));

        actor.self().tell("fatal");

        awaitLatch(actor.events().onFailureCalled);
        List<ILoggingEvent> errors = settledEvents(Level.ERROR, actor, 1);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getThrowableProxy().getClassName()).isEqualTo(OutOfMemoryError.class.getName());
    }

    @Test
    void exceptionInOnStartIsLogged() {
        ScriptedActor actor = runtime.startActor(registry, new Script().onStart(it -> {
            throw new IllegalStateException("foo");
        }));

        awaitLatch(actor.events().onStartCalled);
        List<ILoggingEvent> errors = settledEvents(Level.ERROR, actor, 1);
        assertThat(errors).hasSize(1);
        assertFooThrowable(errors.get(0));
    }

    @Test
    void exceptionInOnStopIsLogged() {
        ScriptedActor actor = runtime.startActor(registry, new Script().onStop(it -> {
            throw new IllegalStateException("foo");
        }));

        actor.self().stop(TIMEOUT);

        List<ILoggingEvent> errors = settledEvents(Level.ERROR, actor, 1);
        assertThat(errors).hasSize(1);
        assertFooThrowable(errors.get(0));
    }

    @Test
    void exceptionInOnFailureIsLoggedAsASecondError() {
        ScriptedActor actor = runtime.startActor(registry, raisingOn("raise").onFailure((it, cause) -> {
            throw new IllegalArgumentException("on failure failed");
        }));

        actor.self().tell("raise");

        awaitLatch(actor.events().onFailureCalled);
        List<ILoggingEvent> errors = settledEvents(Level.ERROR, actor, 2);
        assertThat(errors).hasSize(2);
        assertFooThrowable(errors.get(0));
        assertThat(errors.get(1).getThrowableProxy().getMessage()).isEqualTo("on failure failed");
    }

    @Test
    void lifecycleIsLoggedAtDebug() {
        ScriptedActor actor = runtime.startActor(registry, new Script());

        actor.self().stop(TIMEOUT);

        assertThat(logs.events(Level.DEBUG, actor.self().actorUrn())).isNotEmpty();
        assertThat(logs.events(event -> event.getLevel().isGreaterOrEqual(Level.INFO)
                && event.getFormattedMessage().contains(actor.self().actorUrn()))).isEmpty();
    }
}
