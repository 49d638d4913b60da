package dev.actors;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Beyond Pykka: an actor that blocks on a reply only it could produce fails at once with
 * {@link IllegalStateException} naming it, instead of deadlocking (Pykka issue #76, section 13.3/13.4).
 * "At once" is proven by the outer wait, {@link Waits#TIMEOUT}, being shorter than the inner one.
 */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class SelfAskTest {

    /** Part of every {@link ScriptedActor}'s public methods, so it can be proxied. */
    interface Unhandled {
        Object unhandled(Object message);
    }

    /** The same method, asynchronously. */
    interface UnhandledAsync {
        CompletableFuture<Object> unhandled(Object message);
    }

    private final ActorRuntime runtime;
    private final ActorRegistry registry = new ActorRegistry();

    SelfAskTest(ActorRuntime runtime) {
        this.runtime = runtime;
    }

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    /** An actor that runs {@code selfCall} on "outer" and replies with what it threw, or answers "inner". */
    private ActorRef<Actor> actorCallingItself(Function<ScriptedActor, Object> selfCall) {
        return runtime.start(registry, new Script().onReceive((actor, message) -> {
            if (!"outer".equals(message)) {
                return "inner";
            }
            try {
                return "no failure: " + selfCall.apply(actor);
            } catch (RuntimeException e) {
                return e;
            }
        }));
    }

    private static void assertFailsNamingTheActor(ActorRef<Actor> ref) {
        Object thrown = ref.ask("outer").get(TIMEOUT);

        assertThat(thrown).isInstanceOf(IllegalStateException.class);
        assertThat(((Throwable) thrown).getMessage()).contains(ref.actorUrn());
    }

    @Test
    void blockingAskToItselfWithoutTimeoutFailsAtOnce() {
        ActorRef<Actor> ref = actorCallingItself(actor -> actor.self().ask("inner").get());

        assertFailsNamingTheActor(ref);
        assertThat(ref.isAlive()).isTrue();
    }

    @Test
    void blockingAskToItselfWithALongTimeoutFailsAtOnce() {
        assertFailsNamingTheActor(actorCallingItself(actor -> actor.self().ask("inner").get(Duration.ofSeconds(60))));
    }

    /** Issue 9 item 6: the CompletableFuture of a reply detects the self-wait too, in each blocking form. */
    @Test
    void joiningTheCompletableFutureOfAnAskToItselfFailsAtOnce() {
        assertFailsNamingTheActor(actorCallingItself(actor -> actor.self().ask("inner").toCompletableFuture().join()));
    }

    @Test
    void gettingTheCompletableFutureOfAnAskToItselfFailsAtOnce() {
        assertFailsNamingTheActor(actorCallingItself(actor -> {
            try {
                return actor.self().ask("inner").toCompletableFuture().get();
            } catch (InterruptedException | ExecutionException e) {
                return e;
            }
        }));
    }

    @Test
    void gettingTheCompletableFutureOfAnAskToItselfWithALongTimeoutFailsAtOnce() {
        assertFailsNamingTheActor(actorCallingItself(actor -> {
            try {
                return actor.self().ask("inner").toCompletableFuture().get(60, TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                return e;
            }
        }));
    }

    @Test
    void joiningADependentOfTheCompletableFutureOfAnAskToItselfFailsAtOnce() {
        assertFailsNamingTheActor(actorCallingItself(actor ->
                actor.self().ask("inner").toCompletableFuture().thenApply(value -> value + "!").join()));
    }

    @Test
    void joiningTheCompletableFutureOfAMappedAskToItselfFailsAtOnce() {
        assertFailsNamingTheActor(actorCallingItself(actor ->
                actor.self().ask("inner").map(value -> value + "!").toCompletableFuture().join()));
    }

    @Test
    void joiningTheCompletableFutureOfATypedProxyCallToItselfFailsAtOnce() {
        assertFailsNamingTheActor(actorCallingItself(actor ->
                actor.self().proxy(UnhandledAsync.class).unhandled("inner").join()));
    }

    /** Not a deadlock: the other stage completes the dependent without the actor. */
    @Test
    void joiningEitherTheSelfReplyOrAnotherStageWaitsForTheOtherStage() {
        ActorRef<Actor> ref = actorCallingItself(actor -> {
            CompletableFuture<Object> other = new CompletableFuture<>();
            Thread.ofVirtual().start(() -> other.complete("other"));
            return actor.self().ask("inner").toCompletableFuture().applyToEither(other, value -> value).join();
        });

        assertThat(ref.ask("outer").get(TIMEOUT)).isEqualTo("no failure: other");
    }

    @Test
    void theSelfWaitMessageRecommendsOnlyFormsThatDoNotBlock() {
        ActorRef<Actor> ref = actorCallingItself(actor -> actor.self().ask("inner").get());

        Throwable thrown = (Throwable) ref.ask("outer").get(TIMEOUT);

        assertThat(thrown.getMessage()).doesNotContain("map()/toCompletableFuture()").contains("never join()");
    }

    @Test
    void blockingTypedProxyCallToItselfFailsAtOnce() {
        registry.setAskTimeout(Duration.ofSeconds(60));

        assertFailsNamingTheActor(actorCallingItself(actor -> actor.self().proxy(Unhandled.class).unhandled("inner")));
    }

    @Test
    void blockingStopOfItselfFailsAtOnce() {
        ActorRef<Actor> ref = actorCallingItself(actor -> actor.self().stop(Duration.ofSeconds(60)));

        assertFailsNamingTheActor(ref);
        await("the stop was requested, as in Pykka").atMost(TIMEOUT).until(() -> !ref.isAlive());
    }

    @Test
    void anUncaughtSelfAskFailureGoesToTheOriginalAsker() {
        ActorRef<Actor> ref = runtime.start(registry, new Script().onReceive((actor, message) ->
                "outer".equals(message) ? actor.self().ask("inner").get() : "inner"));

        assertThatThrownBy(() -> ref.ask("outer").get(TIMEOUT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ref.actorUrn());
        assertThat(ref.ask("again").get(TIMEOUT)).isEqualTo("inner");
    }

    @Test
    void askingItselfWithoutWaitingIsFine() {
        ActorRef<Actor> ref = runtime.start(registry, new Script().onReceive((actor, message) ->
                "outer".equals(message) ? actor.self().ask("inner") : "inner"));

        ActorFuture<?> inner = (ActorFuture<?>) ref.ask("outer").get(TIMEOUT);

        assertThat(inner.get(TIMEOUT)).isEqualTo("inner");
    }

    @Test
    void blockingOnAnotherActorFromAHandlerIsFine() {
        ActorRef<Actor> other = runtime.start(registry, new Script().onReceive((actor, message) -> "from other"));
        ActorRef<Actor> ref = runtime.start(registry, new Script().onReceive((actor, message) -> other.ask(message).get(TIMEOUT)));

        assertThat(ref.ask("hello").get(TIMEOUT)).isEqualTo("from other");
    }
}
