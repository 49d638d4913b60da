package dev.actors.sample;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The failure demo during the notifier's backoff (ten minutes here, so that the test sees it
 * for sure): health is UP with {@code restarting: 1}, {@code /actuator/actors} shows the
 * notifier {@code restarting} and alive, and a transfer still completes, its alert waiting in
 * the notifier's mailbox for the new instance. Closing the context ends the backoff.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "bank.demo-accounts=false",
        "bank.large-transfer-alert-cents=5000", "bank.notifier.restart-backoff=10m" })
@AutoConfigureTestRestTemplate
@DirtiesContext
class NotifierBackoffTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    private TestRestTemplate http;

    @Test
    void duringTheBackoffHealthIsUpWithRestartingAndAlertsWaitForTheNewInstance() {
        BankApiClient bank = new BankApiClient(http);
        String alice = bank.open("Alice", 50_000).id();
        String bob = bank.open("Bob", 0).id();

        assertThat(bank.post("/api/demo/notifier-outage", "").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String urn = (String) notifier(bank).get("urn");
        await().atMost(WAIT).untilAsserted(() -> assertThat(
                JsonPath.parse(bank.get("/actuator/actors/" + urn).getBody()).<String>read("$.state"))
                .isEqualTo("restarting"));

        var health = bank.get("/actuator/health");
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        DocumentContext actors = JsonPath.parse(health.getBody());
        assertThat(actors.<String>read("$.components.actors.status")).isEqualTo("UP");
        assertThat(actors.<Integer>read("$.components.actors.details.restarting")).isEqualTo(1);
        assertThat(actors.<Integer>read("$.components.actors.details.failedSingletons")).isZero();

        assertThat(bank.transfer(alice, bob, 6_000).getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> notifier = notifier(bank);
        assertThat(notifier).containsEntry("alive", true).containsEntry("mailboxSize", 1)
                .containsEntry("restartCount", 0).containsEntry("failed", 1);
    }

    private static Map<String, Object> notifier(BankApiClient bank) {
        List<Map<String, Object>> notifiers = JsonPath.parse(bank.get("/actuator/actors").getBody())
                .read("$.actors[?(@.beanName == 'notifier')]");
        assertThat(notifiers).hasSize(1);
        return notifiers.getFirst();
    }
}
