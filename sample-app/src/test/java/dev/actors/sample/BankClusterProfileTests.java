package dev.actors.sample;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hazelcast.core.HazelcastInstance;
import com.jayway.jsonpath.JsonPath;
import dev.actors.Entities;
import dev.actors.cluster.hazelcast.EntityCluster;
import dev.actors.sample.bank.account.AccountActor;
import dev.actors.sample.bank.account.AccountStore;
import dev.actors.sample.bank.account.Accounts;
import dev.actors.sample.bank.account.ClusterAccountStore;
import dev.actors.sample.bank.ledger.ClusterLedger;
import dev.actors.sample.bank.ledger.Ledger;
import dev.actors.sample.bank.numbering.ClusterSerialNumbers;
import dev.actors.sample.bank.numbering.SerialNumbers;
import dev.actors.sample.bank.transfer.ClusterTransferJournal;
import dev.actors.sample.bank.transfer.TransferJournal;
import dev.actors.sample.bank.transfer.TransferOrder;
import dev.actors.sample.bank.transfer.TransferRecord;
import dev.actors.sample.bank.transfer.TransferStatus;
import dev.actors.sample.bank.transfer.TransferRecovery;
import dev.actors.sample.bank.report.BankSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code cluster} profile's wiring in one JVM: a one-member cluster (minimum size 1, its own
 * random name, a free port on 127.0.0.1) from {@code cluster/hazelcast.yaml} through Spring Boot's
 * Hazelcast auto-configuration, the accounts as clustered entities, and the account store, ledger,
 * transfer journal and id counters in IMaps, used over real HTTP. The three-JVM crash is
 * {@code BankClusterKillTests}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "actors.cluster.minimum-size=1",
        "server.address=127.0.0.1", "logging.level.dev.actors.sample.tracing=WARN" })
@ActiveProfiles("cluster")
@AutoConfigureTestRestTemplate
class BankClusterProfileTests {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private ApplicationContext context;

    @DynamicPropertySource
    static void member(DynamicPropertyRegistry registry) {
        int port = LoopbackPorts.free(1).getFirst();
        registry.add("bank.cluster.name", () -> "bank-test-" + UUID.randomUUID());
        registry.add("bank.cluster.port", () -> port);
        registry.add("bank.cluster.members", () -> "127.0.0.1:" + port);
    }

    @Test
    void transfersLeftHalfDoneByAGoneCoordinatorAreCompletedOrReversedByTheRecovery() {
        BankApiClient bank = new BankApiClient(http);
        String alice = bank.open("Alice", 10_000).id();
        String bob = bank.open("Bob", 10_000).id();
        String carol = bank.open("Carol", 10_000).id();
        Accounts accounts = context.getBean(Accounts.class);
        TransferJournal journal = context.getBean(TransferJournal.class);
        String gone = UUID.randomUUID().toString(); // a coordinator that is no member of the cluster
        // What a replica killed between the debit and the credit leaves: a PENDING transfer, debited.
        journal.save(TransferRecord.pending("TRF-GONE-1", new TransferOrder(alice, bob, 1_000), gone));
        accounts.require(alice).account().debitTransfer(1_000, "TRF-GONE-1", bob);
        // The same, to a payee frozen meanwhile: the recovery gives the debit back.
        assertThat(bank.post("/api/accounts/" + carol + "/freeze", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        journal.save(TransferRecord.pending("TRF-GONE-2", new TransferOrder(alice, carol, 500), gone));
        accounts.require(alice).account().debitTransfer(500, "TRF-GONE-2", carol);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(journal.find("TRF-GONE-1").orElseThrow().status()).isEqualTo(TransferStatus.DONE);
            assertThat(journal.find("TRF-GONE-2").orElseThrow().status()).isEqualTo(TransferStatus.REVERSED);
        });
        assertThat(bank.account(alice).balanceCents()).as("debited once, the reversed one given back")
                .isEqualTo(9_000);
        assertThat(bank.account(bob).balanceCents()).isEqualTo(11_000);
        assertThat(bank.account(carol).balanceCents()).isEqualTo(10_000);
        assertThat(bank.summary().ledgerMatchesAccounts()).isTrue();
    }

    @Test
    void theClusterProfileRunsAMemberFromItsYamlAndKeepsTheBankInItsMaps() {
        HazelcastInstance hazelcast = context.getBean(HazelcastInstance.class);
        assertThat(hazelcast.getConfig().getNetworkConfig().getJoin().getMulticastConfig().isEnabled()).isFalse();
        assertThat(hazelcast.getConfig().getNetworkConfig().getJoin().getTcpIpConfig().isEnabled()).isTrue();
        assertThat(hazelcast.getCluster().getLocalMember().getAddress().getHost()).isEqualTo("127.0.0.1");
        assertThat(hazelcast.getConfig().findMapConfig("actors.state.accounts").getBackupCount()).isEqualTo(1);
        assertThat(hazelcast.getConfig().findMapConfig(ClusterLedger.MAP_NAME).getBackupCount()).isEqualTo(1);
        assertThat(context.getBean(EntityCluster.class).settings().minimumClusterSize()).isEqualTo(1);
        assertThat(context.getBean(AccountStore.class)).isInstanceOf(ClusterAccountStore.class);
        assertThat(context.getBean(Ledger.class)).isInstanceOf(ClusterLedger.class);
        assertThat(context.getBean(TransferJournal.class)).isInstanceOf(ClusterTransferJournal.class);
        assertThat(context.getBean(SerialNumbers.class)).isInstanceOf(ClusterSerialNumbers.class);
        assertThat(context.getBeansOfType(TransferRecovery.class)).hasSize(1);
        assertThat(context.containsBean("inMemoryLedger")).isFalse();
        Entities<?, ?> accounts = context.getBeanProvider(Entities.class).getObject();
        assertThat(accounts.getClass().getPackageName()).as("the entity cluster's Entities, not the registry's")
                .isEqualTo(EntityCluster.class.getPackageName());

        BankApiClient bank = new BankApiClient(http);
        String alice = bank.open("Alice", 10_000).id();
        String bob = bank.open("Bob", 5_000).id();
        ResponseEntity<String> transfer = bank.transfer(alice, bob, 2_500);
        assertThat(transfer.getStatusCode()).as(transfer.getBody()).isEqualTo(HttpStatus.OK);
        String transferId = JsonPath.read(transfer.getBody(), "$.transferId");

        assertThat(hazelcast.getMap("actors.state.accounts").keySet()).contains(alice, bob);
        assertThat(hazelcast.getMap(ClusterTransferJournal.MAP_NAME).containsKey(transferId)).isTrue();
        assertThat(JsonPath.<String>read(bank.get("/api/transfers/" + transferId).getBody(), "$.status"))
                .isEqualTo("DONE");
        assertThat(JsonPath.<List<String>>read(bank.get("/api/accounts/" + alice + "/entries").getBody(),
                "$[*].reference")).containsExactly("opening deposit", transferId + " to " + bob);
        assertThat(bank.account(alice).balanceCents()).isEqualTo(7_500);
        assertThat(bank.account(bob).balanceCents()).isEqualTo(7_500);
        BankSummary summary = bank.summary();
        assertThat(summary.ledgerNetCents()).isEqualTo(summary.totalBalanceCents());
        assertThat(summary.ledgerMatchesAccounts()).isTrue();
        assertThat(bank.get("/api/transfers/TRF-999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
