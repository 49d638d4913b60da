package dev.actors.sample;

import java.time.Duration;

import dev.actors.sample.bank.account.Accounts;
import dev.actors.sample.bank.transfer.TransferJournal;
import dev.actors.sample.bank.transfer.TransferOrder;
import dev.actors.sample.bank.transfer.TransferRecord;
import dev.actors.sample.bank.transfer.TransferStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The default profile's recovery: a transfer its coordinator gave up on (an account did not
 * answer for three ask timeouts: journaled {@code PENDING} with no coordinator, here after its
 * debit) is completed by {@code TransferRecovery}'s next sweep, its debit not applied twice. The
 * same configuration as {@code BankApiErrorTests}, so the same cached context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "bank.demo-accounts=false")
@AutoConfigureTestRestTemplate
class BankTransferRecoveryTests {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private Accounts accounts;

    @Autowired
    private TransferJournal journal;

    @Test
    void aTransferItsCoordinatorGaveUpOnIsCompletedByTheRecoverySweep() {
        BankApiClient bank = new BankApiClient(http);
        String alice = bank.open("Alice", 10_000).id();
        String bob = bank.open("Bob", 10_000).id();
        TransferRecord gaveUp = TransferRecord.pending("TRF-GAVE-UP", new TransferOrder(alice, bob, 1_000), null);
        journal.save(gaveUp);
        accounts.require(alice).account().debitTransfer(1_000, "TRF-GAVE-UP", bob);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> journal.find("TRF-GAVE-UP").orElseThrow().status() == TransferStatus.DONE);
        assertThat(bank.account(alice).balanceCents()).as("debited once").isEqualTo(9_000);
        assertThat(bank.account(bob).balanceCents()).isEqualTo(11_000);
        assertThat(bank.summary().ledgerMatchesAccounts()).isTrue();
    }
}
