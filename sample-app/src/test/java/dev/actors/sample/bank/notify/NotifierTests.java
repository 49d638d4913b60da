package dev.actors.sample.bank.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.actors.ActorDeadException;
import dev.actors.ActorFuture;
import dev.actors.ActorRef;
import dev.actors.ActorState;
import dev.actors.test.ActorTestKit;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The notifier on its own: what the failure demo relies on, without starting the bank. */
class NotifierTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    ActorTestKit kit = new ActorTestKit();

    @Test
    void anAlertKeepsItAlive() {
        ActorRef<Notifier> notifier = kit.registry().startFrom(() -> new Notifier(Duration.ofMillis(1)));

        assertThat(notifier.ask(new LargeTransferAlert("TRF-1", "ACC-1", "ACC-2", 1_000_000)).get(WAIT)).isNull();
        assertThat(notifier.isAlive()).isTrue();
    }

    @Test
    void aSimulatedOutageRestartsItBehindTheSameRef() {
        ActorRef<Notifier> notifier = kit.registry().startFrom(() -> new Notifier(Duration.ofMillis(1)));

        notifier.tell(new SimulatedOutage("test"));
        ActorFuture<Object> alert = notifier.ask(new LargeTransferAlert("TRF-2", "ACC-1", "ACC-2", 1));

        assertThat(alert.get(WAIT)).as("sent by the new instance").isNull();
        assertThat(notifier.restartCount()).isEqualTo(1);
        assertThat(notifier.isAlive()).isTrue();
    }

    @Test
    void alertsToldDuringTheBackoffWaitForTheNewInstance() {
        ActorRef<Notifier> notifier = kit.registry().startFrom(() -> new Notifier(Duration.ofMinutes(10)));
        notifier.tell(new SimulatedOutage("test"));
        await().atMost(WAIT).until(() -> notifier.state() == ActorState.RESTARTING);

        ActorFuture<Object> alert = notifier.ask(new LargeTransferAlert("TRF-3", "ACC-1", "ACC-2", 1));
        assertThat(notifier.isAlive()).isTrue();
        assertThat(alert.isDone()).isFalse();

        notifier.stop(WAIT);                            // ends the backoff: the new instance sends it, then stops
        assertThat(alert.get(WAIT)).isNull();
    }

    @Test
    void aFourthOutageWithinAMinuteStopsItForGood() {
        ActorRef<Notifier> notifier = kit.registry().startFrom(() -> new Notifier(Duration.ofMillis(1)));
        kit.expectFailureOf(notifier);                  // the failure is what this test is about

        for (int outage = 1; outage <= 4; outage++) {
            notifier.tell(new SimulatedOutage("test " + outage));
        }
        await().atMost(WAIT).until(() -> !notifier.isAlive());

        assertThat(notifier.restartCount()).isEqualTo(3);
        assertThatThrownBy(() -> notifier.tell(new LargeTransferAlert("TRF-4", "ACC-1", "ACC-2", 1)))
                .isInstanceOf(ActorDeadException.class);
    }
}
