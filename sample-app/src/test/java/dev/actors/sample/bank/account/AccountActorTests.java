package dev.actors.sample.bank.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;

import dev.actors.Entities;
import dev.actors.EntitySettings;
import dev.actors.sample.bank.InsufficientFundsException;
import dev.actors.sample.bank.ledger.EntryType;
import dev.actors.sample.bank.ledger.InMemoryLedger;
import dev.actors.sample.bank.ledger.Ledger;
import dev.actors.sample.bank.ledger.LedgerEntry;
import dev.actors.test.ActorTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Account entities and a real ledger actor, without Spring: the test kit's registry makes the
 * entities ({@code registry.entities(...)}, what the starter does for the bank) and stops
 * every actor after each test.
 */
class AccountActorTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    ActorTestKit kit = new ActorTestKit();

    private Ledger ledger;
    private AccountStore store;
    private Entities<String, AccountActor> accounts;
    private Account account;

    @BeforeEach
    void openAnAccount() {
        ledger = kit.registry().start(new InMemoryLedger()).proxy(Ledger.class);
        store = new InMemoryAccountStore();
        store.save(new AccountSnapshot("ACC-9", "Ada", 0, false, 0));
        // At most one live account: opening a second one passivates the first, with no timing involved.
        accounts = kit.registry().entities(AccountActor.class, id -> new AccountActor(id, ledger, store),
                EntitySettings.defaults().withMaxLive(1));
        account = accounts.ref("ACC-9").proxy(Account.class);
    }

    @Test
    void aDepositIsJournaledBeforeItsReplyLeaves() {
        assertThat(account.deposit(1000, "salary").balanceCents()).isEqualTo(1000);

        assertThat(ledger.entriesOf("ACC-9")).extracting(LedgerEntry::type, LedgerEntry::amountCents)
                .containsExactly(tuple(EntryType.DEPOSIT, 1000L));
    }

    @Test
    void aRefusedWithdrawalReachesTheCallerAndTheAccountLivesOn() {
        account.deposit(1000, "salary");

        assertThatThrownBy(() -> account.withdraw(5000, "rent")).isInstanceOf(InsufficientFundsException.class);

        assertThat(account.snapshot()).extracting(AccountSnapshot::owner, AccountSnapshot::balanceCents)
                .containsExactly("Ada", 1000L);
    }

    @Test
    void aPassivatedAccountSavedItsStateAndComesBackWithIt() {
        account.deposit(1000, "salary");
        account.freeze();
        store.save(new AccountSnapshot("ACC-10", "Bo", 0, false, 0));

        accounts.ref("ACC-10").proxy(Account.class).snapshot();

        // The passivation runs on ACC-9's own thread: its onStop saves it, then it is gone.
        await().atMost(WAIT).until(() -> accounts.liveKeys().equals(Set.of("ACC-10")));
        assertThat(accounts.passivations()).isEqualTo(1);
        assertThat(store.load("ACC-9")).hasValue(new AccountSnapshot("ACC-9", "Ada", 1000, true, 1));
        assertThat(account.snapshot()).as("a new actor, loaded from the store")
                .isEqualTo(new AccountSnapshot("ACC-9", "Ada", 1000, true, 1));
        await().atMost(WAIT).until(() -> accounts.liveKeys().equals(Set.of("ACC-9")));
    }

    @Test
    void theLedgerSeesEveryChangeAcrossIncarnations() throws Exception {
        account.deposit(1000, "salary");
        store.save(new AccountSnapshot("ACC-10", "Bo", 0, false, 0));
        accounts.ref("ACC-10").proxy(Account.class).deposit(50, "gift");
        account.withdraw(300, "rent");

        assertThat(accounts.<AccountSnapshot>ask("ACC-9", BalanceInquiry.INSTANCE).get(WAIT)
                .balanceCents()).isEqualTo(700);
        assertThat(ledger.entriesOf("ACC-9")).extracting(LedgerEntry::type, LedgerEntry::balanceAfterCents)
                .containsExactly(tuple(EntryType.DEPOSIT, 1000L), tuple(EntryType.WITHDRAWAL, 700L));
    }
}
