package dev.actors.sample;

import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.hazelcast.core.HazelcastInstance;
import dev.actors.cluster.hazelcast.EntityCluster;
import dev.actors.sample.bank.account.AccountStore;
import dev.actors.sample.bank.account.InMemoryAccountStore;
import dev.actors.sample.bank.numbering.LocalSerialNumbers;
import dev.actors.sample.bank.numbering.SerialNumbers;
import dev.actors.sample.bank.transfer.InMemoryTransferJournal;
import dev.actors.sample.bank.transfer.TransferJournal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the bank over HTTP from 8 threads at once ({@link ConcurrentBankLoad}: no money
 * created or lost, no lost update, the ledger agreeing with the accounts), with the default
 * idle timeout (no account is passivated here; {@code BankPassivationTests} runs the same load
 * while they are). Then checks what the actuator reports about the actors.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "bank.demo-accounts=false",
        // Tens of thousands of spans: traced as usual, but not each written to the test's log.
        "logging.level.dev.actors.sample.tracing=WARN" })
@AutoConfigureTestRestTemplate
class BankConcurrencyTests {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private ApplicationContext context;

    @Test
    void concurrentTransfersDepositsAndWithdrawalsConserveMoneyAndLoseNoUpdate() throws Exception {
        new ConcurrentBankLoad(new BankApiClient(http)).runAndCheck();
    }

    @Test
    void theDefaultProfileStartsNoHazelcastAndKeepsTheBankInThisProcess() {
        assertThat(context.getBeanNamesForType(HazelcastInstance.class)).isEmpty();
        assertThat(context.getBeanNamesForType(EntityCluster.class)).isEmpty();
        assertThat(context.getBean(AccountStore.class)).isInstanceOf(InMemoryAccountStore.class);
        assertThat(context.getBean(TransferJournal.class)).isInstanceOf(InMemoryTransferJournal.class);
        assertThat(context.getBean(SerialNumbers.class)).isInstanceOf(LocalSerialNumbers.class);
        assertThat(context.containsBean("inMemoryLedger")).isTrue();
    }

    @Test
    void actuatorListsTheActorsReportsHealthAndExposesTheirMetrics() {
        BankApiClient bank = new BankApiClient(http);
        String id = bank.open("Metrics", 5_000).id();
        assertThat(bank.deposit(id, 100).getStatusCode()).isEqualTo(HttpStatus.OK);

        DocumentContext actors = json(bank.get("/actuator/actors"));
        List<String> beanNames = actors.read("$.actors[*].beanName");
        assertThat(beanNames).contains("accountDirectory", "inMemoryLedger", "notifier", "transferCoordinator",
                "accountActor", "riskScorer");
        assertThat(beanNames).filteredOn("riskScorer"::equals).hasSize(4);
        List<String> accountUrns = actors.read("$.actors[?(@.actorClass == '"
                + "dev.actors.sample.bank.account.AccountActor')].urn");
        assertThat(accountUrns).isNotEmpty();
        DocumentContext oneAccount = json(bank.get("/actuator/actors/" + accountUrns.getFirst()));
        assertThat(oneAccount.<String>read("$.actorClass")).isEqualTo("dev.actors.sample.bank.account.AccountActor");
        assertThat(oneAccount.<String>read("$.state")).isIn("idle", "running");
        assertThat(oneAccount.<List<String>>read("$.stack")).isNotNull();
        List<Boolean> alive = actors.read("$.actors[*].alive");
        assertThat(alive).containsOnly(true);
        List<String> accountKeys = actors.read("$.actors[?(@.beanName == 'accountActor')].key");
        assertThat(accountKeys).as("an account actor is listed with its key, the account id").contains(id);

        DocumentContext health = json(bank.get("/actuator/health"));
        assertThat(health.<String>read("$.status")).isEqualTo("UP");
        assertThat(health.<String>read("$.components.actors.status")).isEqualTo("UP");

        DocumentContext processed = json(bank.get("/actuator/metrics/actors.messages.processed?tag=actor.class:"
                + "dev.actors.sample.bank.account.AccountActor"));
        assertThat(processed.<Double>read("$.measurements[0].value")).isGreaterThanOrEqualTo(2.0);
        DocumentContext active = json(bank.get("/actuator/metrics/actors.active"));
        assertThat(active.<Double>read("$.measurements[0].value")).isGreaterThanOrEqualTo(4 + 4 + 1);
        DocumentContext liveAccounts = json(bank.get("/actuator/metrics/actors.entities.live?tag=actor.class:"
                + "dev.actors.sample.bank.account.AccountActor"));
        assertThat(liveAccounts.<Double>read("$.measurements[0].value")).isGreaterThanOrEqualTo(1.0);
        assertThat(bank.get("/actuator/metrics/actors.entities.passivations").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bank.get("/actuator/metrics/actors.mailbox.size").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bank.get("/actuator/metrics/actors.messages.failed").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static DocumentContext json(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.toString()).isTrue();
        return JsonPath.parse(response.getBody());
    }
}
