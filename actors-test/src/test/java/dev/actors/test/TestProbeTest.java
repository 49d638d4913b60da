package dev.actors.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.actors.ActorRef;
import dev.actors.ThreadingActor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TestProbeTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    ActorTestKit kit = new ActorTestKit();

    /** Forwards what it is told, as "seen: " + message, to a ref given at construction. */
    static final class Forwarder extends ThreadingActor {
        private final ActorRef<?> target;

        Forwarder(ActorRef<?> target) {
            this.target = target;
        }

        @Override
        protected Object onReceive(Object message) {
            target.tell("seen: " + message);
            return null;
        }
    }

    @Test
    void expectMessageTakesWhatAnActorSentInArrivalOrder() {
        TestProbe probe = kit.probe();
        ActorRef<Forwarder> forwarder = kit.registry().start(new Forwarder(probe.ref()));

        forwarder.tell("a");
        forwarder.tell("b");

        assertThat(probe.expectMessage(String.class, WAIT)).isEqualTo("seen: a");
        assertThat(probe.expectMessage(String.class, WAIT)).isEqualTo("seen: b");
        probe.expectNoMessage(Duration.ZERO);
    }

    @Test
    void aMessageOfAnotherTypeFailsTheExpectationNamingBoth() {
        TestProbe probe = kit.probe();
        probe.ref().tell("hello");

        assertThatThrownBy(() -> probe.expectMessage(Integer.class, WAIT))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(probe + ": expected a message of type java.lang.Integer within PT10S, "
                        + "but got java.lang.String hello; it has received 1 message(s) in all, in order: "
                        + "[java.lang.String hello]");
    }

    @Test
    void noMessageInTimeFailsTheExpectationSayingWhatCameBefore() {
        TestProbe probe = kit.probe();
        probe.ref().tell("first");
        probe.expectMessage(String.class, WAIT);

        assertThatThrownBy(() -> probe.expectMessage(String.class, Duration.ZERO))
                .isInstanceOf(AssertionError.class)
                .hasMessage(probe + ": expected a message of type java.lang.String within PT0S, but none came; "
                        + "it has received 1 message(s) in all, in order: [java.lang.String first]");
    }

    @Test
    void aNewProbeHasReceivedNothing() {
        TestProbe probe = kit.probe();

        assertThatThrownBy(() -> probe.expectMessage(String.class, Duration.ZERO))
                .hasMessageEndingWith("but none came; it has received nothing");
        assertThat(probe.received()).isEmpty();
    }

    @Test
    void expectNoMessageFailsOnAMessageNotTakenYet() {
        TestProbe probe = kit.probe();
        probe.expectNoMessage(Duration.ofMillis(20));
        probe.ref().tell(42);
        probe.expectMessage(Integer.class, WAIT);
        probe.ref().tell(43);

        assertThatThrownBy(() -> probe.expectNoMessage(WAIT))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(probe + ": expected no message within PT10S, but got java.lang.Integer 43");
    }

    @Test
    void receivedListsEveryMessageTakenOrNotAndIsASnapshot() {
        TestProbe probe = kit.probe();
        probe.ref().tell("one");
        probe.ref().tell(2);
        assertThat(probe.expectMessage(String.class, WAIT)).isEqualTo("one");
        assertThat(probe.expectMessage(Integer.class, WAIT)).isEqualTo(2);

        List<Object> received = probe.received();

        assertThat(received).containsExactly("one", 2);
        assertThatThrownBy(() -> received.add("three")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anAskIsRecordedAndAnsweredWithNull() {
        TestProbe probe = kit.probe();

        Object reply = probe.ref().ask("question").get(WAIT);

        assertThat(reply).isNull();
        assertThat(probe.expectMessage(String.class, Duration.ZERO)).isEqualTo("question");
    }

    @Test
    void aPrimitiveTypeMatchesItsWrapper() {
        TestProbe probe = kit.probe();
        probe.ref().tell(7);

        int seven = probe.expectMessage(int.class, WAIT);

        assertThat(seven).isEqualTo(7);
    }

    @Test
    void everyWaitNeedsABound() {
        TestProbe probe = kit.probe();

        assertThatThrownBy(() -> probe.expectMessage(String.class, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("TestProbe.expectMessage needs a timeout: every wait in a test has a bound");
        assertThatThrownBy(() -> probe.expectNoMessage(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TestProbe.expectNoMessage got a negative timeout: PT-1S");
        assertThatThrownBy(() -> probe.expectMessage(null, WAIT))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("type");
    }

    @Test
    void theProbeIsAnActorOfTheTestsRegistry() {
        TestProbe probe = kit.probe();

        assertThat(kit.registry().getAll()).containsExactly(probe.ref());
        assertThat(probe.toString()).startsWith("TestProbe(ProbeActor (urn:uuid:").endsWith("))");
    }
}
