package dev.actors.sample;

import java.time.Duration;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The failure demo: a told message makes the notifier throw, its {@code onFailure} runs, it
 * stops, and the {@code actors} health indicator goes DOWN; the rest of the bank goes on
 * (transfers still complete, their alerts are logged as not sent).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "bank.demo-accounts=false", "bank.large-transfer-alert-cents=5000" })
@AutoConfigureTestRestTemplate
@DirtiesContext
class NotifierOutageTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    private TestRestTemplate http;

    @Test
    void aFailedTellStopsTheNotifierAndTurnsHealthDownWhileTransfersGoOn() {
        BankApiClient bank = new BankApiClient(http);
        String alice = bank.open("Alice", 50_000).id();
        String bob = bank.open("Bob", 0).id();
        try (CapturedLog notifierLog = new CapturedLog("dev.actors.sample.bank.notify.Notifier");
                CapturedLog coordinatorLog = new CapturedLog("dev.actors.sample.bank.transfer.TransferCoordinator")) {
            assertThat(bank.transfer(alice, bob, 6_000).getStatusCode()).isEqualTo(HttpStatus.OK);
            await().atMost(WAIT).until(() -> notifierLog.events().stream()
                    .anyMatch(event -> event.getFormattedMessage().startsWith("Compliance alert #1")));

            assertThat(bank.post("/api/demo/notifier-outage", "").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

            await().atMost(WAIT).untilAsserted(() -> {
                ResponseEntity<String> health = bank.get("/actuator/health");
                assertThat(health.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                DocumentContext json = JsonPath.parse(health.getBody());
                assertThat(json.<String>read("$.components.actors.status")).isEqualTo("DOWN");
                assertThat(json.<String>read("$.components.actors.details.failed[0].beanName")).isEqualTo("notifier");
            });
            ILoggingEvent onFailure = notifierLog.events().stream()
                    .filter(event -> event.getLevel() == Level.ERROR).findFirst().orElseThrow();
            assertThat(onFailure.getFormattedMessage()).contains("is stopping after a failure",
                    "simulated: requested through POST /api/demo/notifier-outage");

            assertThat(bank.transfer(alice, bob, 7_000).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(coordinatorLog.events()).anySatisfy(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.WARN);
                assertThat(event.getFormattedMessage()).contains("needs a compliance alert, but the notifier is down");
            });
            assertThat(bank.account(bob).balanceCents()).isEqualTo(13_000);

            ResponseEntity<String> again = bank.post("/api/demo/notifier-outage", "");
            assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(again.getBody()).contains("already stopped");
        }
    }
}
