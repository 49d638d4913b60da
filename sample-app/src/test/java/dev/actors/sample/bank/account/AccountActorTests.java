package dev.actors.sample.bank.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.actors.Entities;
import dev.actors.EntitySettings;
import dev.actors.sample.bank.AccountFrozenException;
import dev.actors.sample.bank.AccountNotSavedException;
import dev.actors.sample.bank.InsufficientFundsException;
import dev.actors.sample.bank.ledger.EntryType;
import dev.actors.sample.bank.ledger.InMemoryLedger;
import dev.actors.sample.bank.ledger.Ledger;
import dev.actors.sample.bank.ledger.LedgerEntry;
import dev.actors.sample.bank.ledger.LedgerTotals;
import dev.actors.sample.bank.ledger.Posting;
import dev.actors.sample.bank.transfer.InMemoryTransferJournal;
import dev.actors.sample.bank.transfer.TransferOrder;
import dev.actors.sample.bank.transfer.TransferRecord;
import dev.actors.sample.bank.transfer.TransferStatus;
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
    /** Set, the store's next save fails (as an IMap write that timed out); set, the ledger's posts fail. */
    private final AtomicBoolean storeDown = new AtomicBoolean();
    private final AtomicBoolean ledgerDown = new AtomicBoolean();
    private final InMemoryTransferJournal journal = new InMemoryTransferJournal();
    private Entities<String, AccountActor> accounts;
    private Account account;

    @BeforeEach
    void openAnAccount() {
        ledger = kit.registry().start(new InMemoryLedger()).proxy(Ledger.class);
        store = new InMemoryAccountStore() {
            @Override
            public synchronized void save(StoredAccount account) {
                if (storeDown.get()) {
                    throw new IllegalStateException("store unavailable");
                }
                super.save(account);
            }
        };
        store.save(StoredAccount.opened("ACC-9", "Ada"));
        // At most one live account: opening a second one passivates the first, with no timing involved.
        Ledger failingWhenDown = new Ledger() {
            @Override
            public void record(Posting posting) {
                if (ledgerDown.get()) {
                    throw new IllegalStateException("ledger unavailable");
                }
                ledger.record(posting);
            }

            @Override
            public List<LedgerEntry> entriesOf(String accountId) {
                return ledger.entriesOf(accountId);
            }

            @Override
            public Map<String, List<LedgerEntry>> entriesByAccount() {
                return ledger.entriesByAccount();
            }

            @Override
            public LedgerTotals totals() {
                return ledger.totals();
            }
        };
        accounts = kit.registry().entities(AccountActor.class, id -> new AccountActor(id, failingWhenDown, store, journal),
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
        store.save(StoredAccount.opened("ACC-10", "Bo"));

        accounts.ref("ACC-10").proxy(Account.class).snapshot();

        // The passivation runs on ACC-9's own thread: its onStop saves it, then it is gone.
        await().atMost(WAIT).until(() -> accounts.liveKeys().equals(Set.of("ACC-10")));
        assertThat(accounts.passivations()).isEqualTo(1);
        assertThat(store.load("ACC-9").map(StoredAccount::snapshot)).hasValue(new AccountSnapshot("ACC-9", "Ada", 1000, true, 1));
        assertThat(account.snapshot()).as("a new actor, loaded from the store")
                .isEqualTo(new AccountSnapshot("ACC-9", "Ada", 1000, true, 1));
        await().atMost(WAIT).until(() -> accounts.liveKeys().equals(Set.of("ACC-9")));
    }

    @Test
    void theLedgerSeesEveryChangeAcrossIncarnations() throws Exception {
        account.deposit(1000, "salary");
        store.save(StoredAccount.opened("ACC-10", "Bo"));
        accounts.ref("ACC-10").proxy(Account.class).deposit(50, "gift");
        account.withdraw(300, "rent");

        assertThat(accounts.<AccountSnapshot>ask("ACC-9", BalanceInquiry.INSTANCE).get(WAIT)
                .balanceCents()).isEqualTo(700);
        assertThat(ledger.entriesOf("ACC-9")).extracting(LedgerEntry::type, LedgerEntry::balanceAfterCents)
                .containsExactly(tuple(EntryType.DEPOSIT, 1000L), tuple(EntryType.WITHDRAWAL, 700L));
    }

    @Test
    void aTransferStepSentAgainIsAnsweredWithoutBeingAppliedTwiceAlsoByTheNextIncarnation() {
        account.deposit(1000, "salary");
        account.debitTransfer(300, "TRF-1", "ACC-10");
        assertThat(account.debitTransfer(300, "TRF-1", "ACC-10").balanceCents()).isEqualTo(700);

        passivateAda();
        assertThat(account.debitTransfer(300, "TRF-1", "ACC-10").balanceCents()).as("remembered in the store")
                .isEqualTo(700);
        assertThat(ledger.entriesOf("ACC-9")).extracting(LedgerEntry::type, LedgerEntry::amountCents)
                .containsExactly(tuple(EntryType.DEPOSIT, 1000L), tuple(EntryType.TRANSFER_OUT, -300L));
    }

    @Test
    void aRefusedCreditStaysRefusedSoAReversedTransferIsNeverCreditedLater() {
        account.freeze();
        assertThatThrownBy(() -> account.creditTransfer(100, "TRF-2", "ACC-10"))
                .isInstanceOf(AccountFrozenException.class);
        account.unfreeze();

        assertThatThrownBy(() -> account.creditTransfer(100, "TRF-2", "ACC-10"))
                .isInstanceOf(AccountFrozenException.class);
        assertThat(account.creditTransfer(100, "TRF-3", "ACC-10").balanceCents()).isEqualTo(100);
    }

    @Test
    void aReversalOfADebitTheAccountNeverMadeIsRefused() {
        assertThatThrownBy(() -> account.reverseTransfer(100, "TRF-4"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Account ACC-9 cannot reverse transfer TRF-4: it has no debit of that transfer to give back");
        assertThat(account.snapshot().balanceCents()).isZero();
    }

    @Test
    void theLastChangeIsPostedAgainWhenTheAccountStartsAndJournaledOnce() {
        account.deposit(1000, "salary");
        passivateAda();

        assertThat(account.snapshot().balanceCents()).isEqualTo(1000);
        assertThat(ledger.entriesOf("ACC-9")).hasSize(1);
    }

    @Test
    void stepsOfFinishedTransfersAreForgottenThoseOfUnfinishedOnesKept() {
        account.deposit(1_000_000, "salary");
        journal.save(TransferRecord.pending("TRF-100", new TransferOrder("ACC-9", "ACC-10", 1), "test"));
        account.debitTransfer(1, "TRF-100", "ACC-10");
        for (int n = 1; n <= AccountActor.STEPS_KEPT_BEFORE_PRUNING + 1; n++) {
            journal.save(TransferRecord.pending("TRF-" + n, new TransferOrder("ACC-9", "ACC-10", 1), "test")
                    .finished(TransferStatus.DONE, null));
            account.debitTransfer(1, "TRF-" + n, "ACC-10");
        }

        passivateAda();
        assertThat(store.load("ACC-9").orElseThrow().appliedSteps()).as("pruned before the last save")
                .hasSizeLessThanOrEqualTo(2).contains("TRF-100:debit");
        assertThat(account.debitTransfer(1, "TRF-100", "ACC-10").version())
                .as("the unfinished transfer's step is still recognised")
                .isEqualTo(1 + 1 + AccountActor.STEPS_KEPT_BEFORE_PRUNING + 1);
    }

    @Test
    void aChangeTheStoreCouldNotSaveIsNotAppliedAndTheSameStepCanBeSentAgain() {
        account.deposit(1000, "salary");
        storeDown.set(true);
        assertThatThrownBy(() -> account.debitTransfer(300, "TRF-5", "ACC-10"))
                .isInstanceOf(AccountNotSavedException.class)
                .hasMessage("Account ACC-9 could not save its change (java.lang.IllegalStateException: store unavailable), "
                        + "so it did not apply it; send the request again");
        assertThat(account.snapshot().balanceCents()).isEqualTo(1000);

        storeDown.set(false);
        assertThat(account.debitTransfer(300, "TRF-5", "ACC-10").balanceCents()).isEqualTo(700);
        assertThat(ledger.entriesOf("ACC-9")).extracting(LedgerEntry::type)
                .containsExactly(EntryType.DEPOSIT, EntryType.TRANSFER_OUT);
    }

    @Test
    void aPostingTheLedgerDidNotTakeIsSavedAndPostedWithTheNextChange() {
        ledgerDown.set(true);
        assertThat(account.deposit(1000, "salary").balanceCents()).as("saved: the change stands").isEqualTo(1000);
        assertThat(store.load("ACC-9").orElseThrow().unjournaledPostings()).hasSize(1);

        ledgerDown.set(false);
        account.deposit(50, "gift");
        assertThat(ledger.entriesOf("ACC-9")).extracting(LedgerEntry::reference).containsExactly("salary", "gift");
    }

    /** Starts ACC-10, which passivates ACC-9 (at most one live account), and waits for ACC-9's save. */
    private void passivateAda() {
        if (store.load("ACC-10").isEmpty()) {
            store.save(StoredAccount.opened("ACC-10", "Bo"));
        }
        accounts.ref("ACC-10").proxy(Account.class).snapshot();
        await().atMost(WAIT).until(() -> accounts.liveKeys().equals(Set.of("ACC-10")));
    }
}
