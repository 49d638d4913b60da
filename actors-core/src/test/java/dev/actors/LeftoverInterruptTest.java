package dev.actors;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.actors.Waits.TIMEOUT;
import static dev.actors.Waits.awaitLatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * An interrupt that user code leaves set on the actor's thread hits nothing of the runtime's:
 * issue 9 items 10 (a fatal error thrown after the handler interrupted itself must still stop
 * every other actor, LIFO) and 11 (an interrupt left by {@code onStart} must not reach the first
 * message, as handlers' interrupts do not reach the next one).
 */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class LeftoverInterruptTest {

    private final ActorRuntime runtime;
    private final ActorRegistry registry = new ActorRegistry();

    LeftoverInterruptTest(ActorRuntime runtime) {
        this.runtime = runtime;
    }

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    @Test
    void anInterruptLeftByOnStartDoesNotReachTheFirstMessage() {
        ActorRef<Actor> ref = runtime.start(registry, new Script()
                .onStart(actor -> Thread.currentThread().interrupt())
                .onReceive((actor, message) -> Thread.currentThread().isInterrupted()));

        assertThat(ref.<Boolean>ask("interrupted?").get(TIMEOUT)).as("first message sees an interrupt").isFalse();
    }

    @Test
    void aFatalErrorAfterTheHandlerInterruptedItselfStillStopsEveryOtherActorLastStartedFirst() {
        Queue<String> stopOrder = new ConcurrentLinkedQueue<>();
        List<ScriptedActor> bystanders = List.of("first", "second", "third").stream()
                .map(name -> runtime.startActor(registry, new Script().onStop(actor -> stopOrder.add(name))))
                .toList();
        OutOfMemoryError fatal = new OutOfMemoryError("simulated, after an interrupt");
        ScriptedActor dying = runtime.startActor(registry, new Script().onReceive((actor, message) -> {
            Thread.currentThread().interrupt();
            throw fatal;
        }));

        assertThatThrownBy(() -> dying.self().ask("die").get(TIMEOUT)).isSameAs(fatal);

        for (ScriptedActor bystander : bystanders) {
            awaitLatch(bystander.events().onStopCalled);
        }
        await().atMost(TIMEOUT).until(() -> registry.getAll().isEmpty());
        assertThat(stopOrder).containsExactly("third", "second", "first");
    }
}
