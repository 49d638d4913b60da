package dev.actors.sample.bank.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.actors.ActorDeadException;
import dev.actors.ActorRef;
import dev.actors.test.ActorTestKit;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The notifier on its own: what the failure demo relies on, without starting the bank. */
class NotifierTests {

    @RegisterExtension
    ActorTestKit kit = new ActorTestKit();

    @Test
    void anAlertKeepsItAlive() {
        ActorRef<Notifier> notifier = kit.registry().start(new Notifier());

        assertThat(notifier.ask(new LargeTransferAlert("TRF-1", "ACC-1", "ACC-2", 1_000_000)).get(Duration.ofSeconds(10)))
                .isNull();
        assertThat(notifier.isAlive()).isTrue();
    }

    @Test
    void aSimulatedOutageStopsItForGood() {
        ActorRef<Notifier> notifier = kit.registry().start(new Notifier());
        kit.expectFailureOf(notifier);                  // the failure is what this test is about

        notifier.tell(new SimulatedOutage("test"));
        notifier.stop(Duration.ofSeconds(10));          // queued after the outage: returns once the notifier is gone

        assertThatThrownBy(() -> notifier.tell(new LargeTransferAlert("TRF-2", "ACC-1", "ACC-2", 1)))
                .isInstanceOf(ActorDeadException.class);
    }
}
