package dev.actors.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actors.Actor;
import dev.actors.ActorFuture;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.ThreadingActor;
import dev.actors.VirtualThreadActor;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Misuses that would deadlock an actor on itself (documented in {@code docs/errors.md}): a
 * blocking wait inside a handler for a reply only that actor could produce, and a tell into
 * the actor's own full bounded mailbox. Each must fail at once with
 * {@code IllegalStateException} naming the actor, instead of hanging it. The handler catches
 * what it gets and returns it, so the test sees which call failed and how; a deadlock shows
 * up as the outer {@code get} timing out.
 */
class SelfDeadlockMisuseTest {

    /** Far below the handler's own wait: a reply in time proves the misuse failed at once. */
    private static final Duration AT_ONCE = Duration.ofSeconds(2);
    private static final Duration HANDLER_WAIT = Duration.ofSeconds(10);

    private final ActorRegistry registry = new ActorRegistry();

    /** An interface with a blocking method, for the self-proxy case. */
    interface Pinger {
        String ping();
    }

    /** Asks itself from a handler and waits for the reply. */
    static final class SelfAsker extends VirtualThreadActor implements Pinger {

        @Override
        public String ping() {
            return "pong";
        }

        @Override
        protected Object onReceive(Object message) {
            try {
                return switch (String.valueOf(message)) {
                    case "ask-and-wait" -> actorRef().ask("anything").get(HANDLER_WAIT);
                    case "ask-and-wait-forever" -> actorRef().ask("anything").get();
                    case "blocking-proxy" -> actorRef().proxy(Pinger.class).ping();
                    default -> null;
                };
            } catch (RuntimeException e) {
                return e;
            }
        }
    }

    /** A platform-thread actor with a one-message mailbox that tells itself while busy. */
    static final class BoundedSelfTeller extends ThreadingActor {

        @Override
        protected int mailboxCapacity() {
            return 1;
        }

        @Override
        protected Object onReceive(Object message) {
            if (!"tell-yourself-twice".equals(message)) {
                return null;
            }
            try {
                actorRef().tell("fills the mailbox");
                actorRef().tell("no room left: only this actor could make some");
                return "no exception";
            } catch (RuntimeException e) {
                return e;
            }
        }
    }

    @AfterEach
    void stopActors() {
        registry.stopAll(HANDLER_WAIT);
    }

    @Test
    void selfAskWaitedForInAHandlerFailsAtOnceNamingTheActor() {
        ActorRef<SelfAsker> ref = registry.start(new SelfAsker());

        Object outcome = ref.ask("ask-and-wait").get(AT_ONCE);

        assertIllegalStateNaming(outcome, ref);
    }

    @Test
    void selfAskWaitedForWithoutTimeoutFailsAtOnceNamingTheActor() {
        ActorRef<SelfAsker> ref = registry.start(new SelfAsker());

        Object outcome = ref.ask("ask-and-wait-forever").get(AT_ONCE);

        assertIllegalStateNaming(outcome, ref);
    }

    @Test
    void blockingSelfProxyCallFromAHandlerFailsAtOnceNamingTheActor() {
        ActorRef<SelfAsker> ref = registry.start(new SelfAsker());

        Object outcome = ref.ask("blocking-proxy").get(AT_ONCE);

        assertIllegalStateNaming(outcome, ref);
    }

    @Test
    void tellToOwnFullBoundedMailboxFailsAtOnceNamingTheActor() {
        ActorRef<BoundedSelfTeller> ref = registry.start(new BoundedSelfTeller());

        ActorFuture<Object> outcome = ref.ask("tell-yourself-twice");

        assertIllegalStateNaming(outcome.get(AT_ONCE), ref);
        assertThat(ref.isAlive()).as("the actor survives the refused tell").isTrue();
    }

    private static void assertIllegalStateNaming(Object outcome, ActorRef<?> ref) {
        assertThat(outcome).isInstanceOf(IllegalStateException.class);
        assertThat(((IllegalStateException) outcome).getMessage()).contains(ref.actorUrn());
        System.out.println("[errors.md] " + outcome);
    }
}
