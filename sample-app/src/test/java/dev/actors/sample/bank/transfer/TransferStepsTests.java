package dev.actors.sample.bank.transfer;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.actors.ActorRegistry;
import dev.actors.ActorTimeoutException;
import dev.actors.cluster.hazelcast.EntityUnreachableException;
import dev.actors.sample.bank.AccountFrozenException;
import dev.actors.sample.bank.AccountNotSavedException;
import dev.actors.sample.bank.TransferInDoubtException;
import dev.actors.sample.bank.account.Account;
import dev.actors.sample.bank.account.AccountHandle;
import dev.actors.sample.bank.account.AccountSnapshot;
import dev.actors.sample.bank.account.Accounts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link TransferSteps} against accounts that do not answer: a step whose answer was lost is
 * sent again (the account applies it once, by transfer id), past the retry time the transfer is
 * left journaled with no coordinator for the recovery, and a refused credit is reversed and
 * journaled so. Stand-in accounts, as the point is what the steps do when a replica is gone.
 */
class TransferStepsTests {

    private final InMemoryTransferJournal journal = new InMemoryTransferJournal();

    private final ActorRegistry registry = new ActorRegistry();

    @Test
    void aStepWhoseAnswerWasLostIsSentAgainAndTheTransferJournaledDone() {
        StandInAccount payer = new StandInAccount("ACC-1", 3);
        StandInAccount payee = new StandInAccount("ACC-2", 1);
        TransferRecord transfer = journaled("TRF-1");

        TransferReceipt receipt = steps(Duration.ofSeconds(30)).run(transfer, payer.handle(), payee.handle());

        assertThat(receipt.transferId()).isEqualTo("TRF-1");
        assertThat(payer.calls).hasValue(4);
        assertThat(payee.calls).hasValue(2);
        assertThat(journal.find("TRF-1").orElseThrow().status()).isEqualTo(TransferStatus.DONE);
    }

    @Test
    void anAccountThatNeverAnswersLeavesTheTransferPendingWithNoCoordinatorForTheRecovery() {
        StandInAccount payer = new StandInAccount("ACC-1", Integer.MAX_VALUE);
        TransferRecord transfer = journaled("TRF-2");

        assertThatThrownBy(() -> steps(Duration.ofMillis(50)).run(transfer, payer.handle(),
                new StandInAccount("ACC-2", 0).handle()))
                .isInstanceOf(TransferInDoubtException.class)
                .hasMessageStartingWith("Transfer TRF-2 is in doubt: its debit on account ACC-1 got no definite answer in time")
                .hasMessageEndingWith("read its outcome with GET /api/transfers/TRF-2");

        TransferRecord left = journal.find("TRF-2").orElseThrow();
        assertThat(left.status()).isEqualTo(TransferStatus.PENDING);
        assertThat(left.coordinator()).as("given up: the recovery takes it").isNull();
        assertThat(journal.unfinished()).containsExactly(left);
    }

    @Test
    void aRefusedCreditIsReversedAndJournaledReversed() {
        StandInAccount payer = new StandInAccount("ACC-1", 0);
        StandInAccount payee = new StandInAccount("ACC-2", 0);
        payee.refuseCredits = true;
        TransferRecord transfer = journaled("TRF-3");

        assertThatThrownBy(() -> steps(Duration.ofSeconds(30)).run(transfer, payer.handle(), payee.handle()))
                .isInstanceOf(AccountFrozenException.class);

        assertThat(payer.reversals).hasValue(1);
        TransferRecord reversed = journal.find("TRF-3").orElseThrow();
        assertThat(reversed.status()).isEqualTo(TransferStatus.REVERSED);
        assertThat(reversed.outcome()).isEqualTo("Account ACC-2 is frozen; unfreeze it with POST /api/accounts/ACC-2/unfreeze");
    }

    private TransferSteps steps(Duration askTimeout) {
        registry.setAskTimeout(askTimeout);
        return new TransferSteps(new NoDirectory(), journal, registry);
    }

    private TransferRecord journaled(String id) {
        TransferRecord transfer = TransferRecord.pending(id, new TransferOrder("ACC-1", "ACC-2", 100), "coordinator");
        journal.save(transfer);
        return transfer;
    }

    /** An account whose first {@code lostAnswers} calls fail: its replica left, it timed out, it could not save, in turn. */
    private static final class StandInAccount implements Account {

        private final String id;

        private final int lostAnswers;

        private final AtomicInteger calls = new AtomicInteger();

        private final AtomicInteger reversals = new AtomicInteger();

        private boolean refuseCredits;

        StandInAccount(String id, int lostAnswers) {
            this.id = id;
            this.lostAnswers = lostAnswers;
        }

        AccountHandle handle() {
            return new AccountHandle(id, null, this);
        }

        private AccountSnapshot answer() {
            int call = calls.incrementAndGet();
            if (call <= lostAnswers) {
                throw switch (call % 3) {
                    case 1 -> new EntityUnreachableException(id + "'s member left the cluster");
                    case 2 -> new ActorTimeoutException(id + " did not answer");
                    default -> new AccountNotSavedException(id, new IllegalStateException("store unavailable"));
                };
            }
            return new AccountSnapshot(id, "Owner", 0, false, call);
        }

        @Override
        public AccountSnapshot debitTransfer(long amountCents, String transferId, String payeeId) {
            return answer();
        }

        @Override
        public AccountSnapshot creditTransfer(long amountCents, String transferId, String payerId) {
            if (refuseCredits) {
                throw new AccountFrozenException(id);
            }
            return answer();
        }

        @Override
        public AccountSnapshot reverseTransfer(long amountCents, String transferId) {
            reversals.incrementAndGet();
            return answer();
        }

        @Override
        public AccountSnapshot deposit(long amountCents, String reference) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AccountSnapshot withdraw(long amountCents, String reference) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AccountSnapshot freeze() {
            throw new UnsupportedOperationException();
        }

        @Override
        public AccountSnapshot unfreeze() {
            throw new UnsupportedOperationException();
        }

        @Override
        public AccountSnapshot snapshot() {
            return answer();
        }
    }

    /** {@link TransferSteps#run} is given the accounts; only {@link TransferSteps#resume} looks them up. */
    private static final class NoDirectory implements Accounts {

        @Override
        public AccountHandle open(String owner) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<AccountHandle> find(String accountId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AccountHandle require(String accountId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AccountHandle> all() {
            throw new UnsupportedOperationException();
        }
    }
}
