package dev.actors;

import java.io.IOException;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Typed interface proxies when things go wrong: exceptions, dead actors, fire-and-forget failures. */
class TypedProxyFailureTest {

    static final IllegalStateException UNCHECKED = new IllegalStateException("unchecked");
    static final IOException CHECKED = new IOException("checked");
    static final AssertionError ERROR = new AssertionError("error");

    interface Risky {
        String failUnchecked();

        String failDeclared() throws IOException;

        String failUndeclared();

        String failError();

        ActorFuture<String> failAsync();

        void failVoid();

        String ok();
    }

    static final class RiskyActor extends ThreadingActor {
        public String failUnchecked() {
            throw UNCHECKED;
        }

        public String failDeclared() throws IOException {
            throw CHECKED;
        }

        public String failUndeclared() throws IOException {
            throw CHECKED;
        }

        public String failError() {
            throw ERROR;
        }

        public String failAsync() {
            throw UNCHECKED;
        }

        public void failVoid() {
            throw UNCHECKED;
        }

        public String ok() {
            return "ok";
        }
    }

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private final ActorRegistry registry = new ActorRegistry();
    private final ActorRef<RiskyActor> ref = registry.start(new RiskyActor());
    private final Risky risky = ref.proxy(Risky.class);

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    @Test
    void uncheckedExceptionsAndErrorsAreRethrownAsTheyAre() {
        assertThatThrownBy(risky::failUnchecked).isSameAs(UNCHECKED);
        assertThatThrownBy(risky::failError).isSameAs(ERROR);
        assertThat(risky.ok()).as("the actor lives on").isEqualTo("ok");
    }

    @Test
    void declaredCheckedExceptionsAreRethrownAsTheyAre() {
        assertThatThrownBy(risky::failDeclared).isSameAs(CHECKED);
    }

    @Test
    void undeclaredCheckedExceptionsAreWrappedInActorExecutionException() {
        assertThatThrownBy(risky::failUndeclared).isInstanceOf(ActorExecutionException.class).hasCause(CHECKED);
    }

    @Test
    void asynchronousFailuresGoToTheFuture() {
        ActorFuture<String> future = risky.failAsync();

        assertThatThrownBy(() -> future.get(TIMEOUT)).isSameAs(UNCHECKED);
        assertThat(risky.ok()).isEqualTo("ok");
    }

    @Test
    void voidFailureIsLoggedOnceAtWarnAndTheActorLivesOn() {
        risky.failVoid();

        List<ILoggingEvent> warnings = logs.awaitCount(Level.WARN, ref.actorUrn(), 1);
        assertThat(risky.ok()).isEqualTo("ok");
        assertThat(ref.isAlive()).isTrue();
        assertThat(logs.events(Level.WARN, ref.actorUrn())).isEqualTo(warnings).hasSize(1);
        assertThat(warnings.get(0).getFormattedMessage()).contains("failVoid");
        assertThat(warnings.get(0).getThrowableProxy().getMessage()).isEqualTo("unchecked");
        assertThat(logs.events(Level.ERROR, ref.actorUrn())).isEmpty();
    }

    @Test
    void callsToADeadActorFail() {
        ref.stop(TIMEOUT);

        assertThatThrownBy(risky::ok).isInstanceOf(ActorDeadException.class).hasMessageContaining(ref.toString());
        assertThatThrownBy(risky::failVoid).isInstanceOf(ActorDeadException.class).hasMessageContaining(ref.toString());
        assertThatThrownBy(() -> ref.proxy(Risky.class)).isInstanceOf(ActorDeadException.class).hasMessage(ref + " not found");
    }
}
