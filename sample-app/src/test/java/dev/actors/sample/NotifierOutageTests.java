package dev.actors.sample;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.actors.sample.bank.notify.Notifier;
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
 * The failure demo: a told message makes the notifier throw, its {@code onFailure} runs, and
 * its restart policy replaces it with a new instance behind the same ref (health stays UP,
 * the restart is counted by {@code /actuator/actors} and the meters, alerts go on); a fourth
 * outage within a minute stops it for good and turns health DOWN, while the rest of the bank
 * goes on (transfers still complete, their alerts are logged as not sent). The backoff is
 * 100 ms here; {@code NotifierBackoffTests} looks at the notifier during a long one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "bank.demo-accounts=false",
        "bank.large-transfer-alert-cents=5000", "bank.notifier.restart-backoff=100ms" })
@AutoConfigureTestRestTemplate
@DirtiesContext
class NotifierOutageTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static final String NOTIFIER_TAG = "?tag=actor.class:" + Notifier.class.getName();

    @Autowired
    private TestRestTemplate http;

    @Test
    void anOutageRestartsTheNotifierWhileHealthStaysUpAndAFourthWithinAMinuteStopsItForGood() {
        BankApiClient bank = new BankApiClient(http);
        String alice = bank.open("Alice", 50_000).id();
        String bob = bank.open("Bob", 0).id();
        try (CapturedLog notifierLog = new CapturedLog("dev.actors.sample.bank.notify.Notifier");
                CapturedLog coordinatorLog = new CapturedLog("dev.actors.sample.bank.transfer.TransferCoordinator")) {
            assertThat(bank.transfer(alice, bob, 6_000).getStatusCode()).isEqualTo(HttpStatus.OK);
            await().atMost(WAIT).until(() -> alerts(notifierLog) == 1);

            assertThat(bank.post("/api/demo/notifier-outage", "").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

            // The new instance is counted, then announced, then its onStart() logs: wait for all three.
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(notifier(bank)).containsEntry("restartCount", 1).containsEntry("alive", true);
                assertThat(metric(bank, "actors.restarts" + NOTIFIER_TAG)).isEqualTo(1.0);
                assertThat(notifierLog.events()).anySatisfy(event -> assertThat(event.getFormattedMessage())
                        .contains("is back after restart #1: sending alerts again"));
            });
            DocumentContext health = JsonPath.parse(bank.get("/actuator/health").getBody());
            assertThat(health.<String>read("$.components.actors.status")).isEqualTo("UP");
            assertThat(health.<Integer>read("$.components.actors.details.failedSingletons")).isZero();
            assertThat(metric(bank, "actors.dead.letters" + NOTIFIER_TAG + "&tag=reason:failed")).isEqualTo(1.0);
            ILoggingEvent onFailure = notifierLog.events().stream()
                    .filter(event -> event.getLevel() == Level.ERROR).findFirst().orElseThrow();
            assertThat(onFailure.getFormattedMessage()).contains("failed after sending 1 alerts",
                    "its restart policy replaces it", "simulated: requested through POST /api/demo/notifier-outage");

            assertThat(bank.transfer(alice, bob, 7_000).getStatusCode()).isEqualTo(HttpStatus.OK);
            await().atMost(WAIT).until(() -> alerts(notifierLog) == 2);

            for (int outage = 2; outage <= 4; outage++) {
                assertThat(bank.post("/api/demo/notifier-outage", "").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            }
            await().atMost(WAIT).untilAsserted(() -> {
                ResponseEntity<String> down = bank.get("/actuator/health");
                assertThat(down.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                DocumentContext json = JsonPath.parse(down.getBody());
                assertThat(json.<String>read("$.components.actors.status")).isEqualTo("DOWN");
                assertThat(json.<String>read("$.components.actors.details.failed[0].beanName")).isEqualTo("notifier");
            });
            assertThat(metric(bank, "actors.restarts" + NOTIFIER_TAG)).isEqualTo(3.0);
            assertThat(metric(bank, "actors.dead.letters" + NOTIFIER_TAG + "&tag=reason:failed")).isEqualTo(4.0);

            assertThat(bank.transfer(alice, bob, 8_000).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(coordinatorLog.events()).anySatisfy(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.WARN);
                assertThat(event.getFormattedMessage()).contains("needs a compliance alert, but the notifier is down");
            });
            assertThat(bank.account(bob).balanceCents()).isEqualTo(21_000);

            ResponseEntity<String> again = bank.post("/api/demo/notifier-outage", "");
            assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(again.getBody()).contains("already stopped", "more often than its restart policy allows");
        }
    }

    private static long alerts(CapturedLog notifierLog) {
        return notifierLog.events().stream()
                .filter(event -> event.getFormattedMessage().startsWith("Compliance alert #")).count();
    }

    private static Map<String, Object> notifier(BankApiClient bank) {
        List<Map<String, Object>> notifiers = JsonPath.parse(bank.get("/actuator/actors").getBody())
                .read("$.actors[?(@.beanName == 'notifier')]");
        assertThat(notifiers).hasSize(1);
        return notifiers.getFirst();
    }

    private static double metric(BankApiClient bank, String nameAndTags) {
        ResponseEntity<String> response = bank.get("/actuator/metrics/" + nameAndTags);
        assertThat(response.getStatusCode()).as(nameAndTags).isEqualTo(HttpStatus.OK);
        return JsonPath.parse(response.getBody()).<Double>read("$.measurements[0].value");
    }
}
