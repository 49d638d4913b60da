package dev.actors.sample;

import java.time.Duration;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.jayway.jsonpath.JsonPath;
import dev.actors.sample.bank.account.AccountSnapshot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Accounts are entities: an idle one is passivated (saved in {@code onStop}, its actor gone from
 * {@code /actuator/actors}) and the next request brings it back with its balance; and money is
 * conserved while accounts are passivated and started again all the time under load (at most 3
 * of the 10 accounts live: most requests reach an account whose actor was just passivated, or
 * race with its passivation).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "bank.demo-accounts=false",
        "actors.entities.idle-timeout=500ms", "actors.entities.max-live=3",
        "logging.level.dev.actors.sample.tracing=WARN" })
@AutoConfigureTestRestTemplate
class BankPassivationTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private TestRestTemplate http;

    @Test
    void anIdleAccountIsPassivatedAndComesBackWithItsBalance() {
        BankApiClient bank = new BankApiClient(http);
        try (CapturedLog log = new CapturedLog("dev.actors.sample.bank.account.AccountActor")) {
            String id = bank.open("Idle", 7_000).id();
            assertThat(bank.withdraw(id, 500).getStatusCode()).isEqualTo(HttpStatus.OK);

            await().atMost(WAIT).until(() -> !accountKeysListed(bank).contains(id));
            assertThat(messages(log)).anyMatch(line -> line.startsWith("Stopped account " + id + " ")
                    && line.endsWith("with a balance of 6500 cents, saved"));
            assertThat(passivations(bank)).isPositive();

            AccountSnapshot back = bank.account(id);
            assertThat(back).isEqualTo(new AccountSnapshot(id, "Idle", 6_500, false, 2));
            assertThat(messages(log)).anyMatch(line -> line.startsWith("Account " + id + " is live ")
                    && line.endsWith("with a balance of 6500 cents"));
            assertThat(bank.summary().ledgerMatchesAccounts()).isTrue();
        }
    }

    @Test
    void concurrentLoadWhileAccountsArePassivatedAndStartedAgainConservesMoney() throws Exception {
        BankApiClient bank = new BankApiClient(http);
        double before = passivations(bank);

        new ConcurrentBankLoad(bank).runAndCheck();

        assertThat(passivations(bank) - before).as("the load ran while accounts were being passivated")
                .isGreaterThan(100);
    }

    private static List<String> accountKeysListed(BankApiClient bank) {
        return JsonPath.parse(ok(bank.get("/actuator/actors")).getBody())
                .read("$.actors[?(@.beanName == 'accountActor')].key");
    }

    private static double passivations(BankApiClient bank) {
        return JsonPath.parse(ok(bank.get("/actuator/metrics/actors.entities.passivations?tag=actor.class:"
                + "dev.actors.sample.bank.account.AccountActor")).getBody()).read("$.measurements[0].value");
    }

    private static List<String> messages(CapturedLog log) {
        return log.events().stream().filter(event -> event.getLevel() == Level.INFO)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static ResponseEntity<String> ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.toString()).isTrue();
        return response;
    }
}
