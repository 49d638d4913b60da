package dev.actors.sample.bank.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.actors.sample.bank.InsufficientFundsException;
import dev.actors.sample.bank.ledger.EntryType;
import dev.actors.sample.bank.ledger.InMemoryLedger;
import dev.actors.sample.bank.ledger.Ledger;
import dev.actors.sample.bank.ledger.LedgerEntry;
import dev.actors.test.ActorTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An account actor and a real ledger actor, without Spring: the test kit starts and stops them. */
class AccountActorTests {

    @RegisterExtension
    ActorTestKit kit = new ActorTestKit();

    private Ledger ledger;
    private Account account;

    @BeforeEach
    void openAnAccount() {
        ledger = kit.registry().start(new InMemoryLedger()).proxy(Ledger.class);
        var actor = kit.registry().start(new AccountActor(ledger));
        actor.tell(new OpenAccount("ACC-9", "Ada"));
        account = actor.proxy(Account.class);
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
}
