package dev.actors.sample.bank.transfer;

import dev.actors.ActorDeadException;
import dev.actors.ActorRef;
import dev.actors.ActorTimeoutException;
import dev.actors.ThreadingActor;
import dev.actors.sample.bank.InvalidRequestException;
import dev.actors.sample.bank.account.AccountHandle;
import dev.actors.sample.bank.account.AccountSnapshot;
import dev.actors.sample.bank.account.Accounts;
import dev.actors.sample.bank.notify.LargeTransferAlert;
import dev.actors.sample.bank.notify.Notifier;
import dev.actors.spring.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

/**
 * Runs transfers one at a time, a singleton actor on a platform thread.
 *
 * <p>A transfer touches two accounts, each an actor that changes its balance one message at
 * a time. The coordinator debits the payer, then credits the payee; if the payee refuses
 * the credit (frozen), it reverses the debit, which an account always accepts. So money is
 * never created or lost, and no account ever waits for another: there is no lock to take in
 * two orders, hence no deadlock.
 *
 * <p>The coordinator blocks on its calls to the directory and to the accounts. That is safe
 * because the calls only go one way: the directory and the accounts never call the
 * coordinator (accounts only send fire-and-forget postings to the ledger), so no cycle of
 * waits can form. Deposits and withdrawals do not go through the coordinator; they go
 * straight to the account, whose mailbox orders them with the transfer's steps.
 */
@Actor
public class TransferCoordinator extends ThreadingActor implements Transfers {

    private static final Logger log = LoggerFactory.getLogger(TransferCoordinator.class);

    private final Accounts accounts;

    private final ActorRef<Notifier> notifier;

    private final long alertThresholdCents;

    private long lastTransferNumber;

    private long completedTransfers;

    /**
     * Creates the coordinator.
     *
     * @param accounts the account directory, as a typed interface proxy
     * @param notifier the notifier's ref, told about large transfers
     * @param alertThresholdCents transfers of at least this amount raise an alert
     */
    public TransferCoordinator(Accounts accounts, ActorRef<Notifier> notifier,
            @Value("${bank.large-transfer-alert-cents:1000000}") long alertThresholdCents) {
        this.accounts = accounts;
        this.notifier = notifier;
        this.alertThresholdCents = alertThresholdCents;
    }

    @Override
    public TransferReceipt transfer(TransferOrder order) {
        long amount = InvalidRequestException.requireValidAmount("amountCents", order.amountCents());
        String fromId = InvalidRequestException.requireText("fromAccountId", order.fromAccountId());
        String toId = InvalidRequestException.requireText("toAccountId", order.toAccountId());
        if (fromId.equals(toId)) {
            throw new InvalidRequestException("'fromAccountId' and 'toAccountId' are both " + fromId
                    + ": a transfer needs two different accounts");
        }
        AccountHandle from = accounts.require(fromId);
        AccountHandle to = accounts.require(toId);
        String transferId = "TRF-" + (++lastTransferNumber);

        AccountSnapshot debited = from.account().debitTransfer(amount, transferId, toId);
        AccountSnapshot credited = creditOrReverse(from, to, amount, transferId);
        if (amount >= alertThresholdCents) {
            alert(new LargeTransferAlert(transferId, fromId, toId, amount));
        }
        completedTransfers++;
        return new TransferReceipt(transferId, amount, debited, credited);
    }

    private AccountSnapshot creditOrReverse(AccountHandle from, AccountHandle to, long amount, String transferId) {
        try {
            return to.account().creditTransfer(amount, transferId, from.id());
        }
        catch (ActorTimeoutException inDoubt) {
            // The credit may still be applied later: reversing now could create money.
            log.error("Transfer {} is in doubt: {} debited {} cents but {} did not answer the credit in time; "
                    + "reconcile it from the ledger", transferId, from.id(), amount, to.id());
            throw inDoubt;
        }
        catch (RuntimeException refused) {
            // The payee threw (or is gone): the credit was not applied, so give the money back.
            from.account().reverseTransfer(amount, transferId);
            log.info("Transfer {} reversed: {} refused the credit ({})", transferId, to.id(), refused.getMessage());
            throw refused;
        }
    }

    private void alert(LargeTransferAlert alert) {
        log.info("Transfer {} of {} cents from {} to {} is large: alerting compliance", alert.transferId(),
                alert.amountCents(), alert.fromAccountId(), alert.toAccountId());
        try {
            notifier.tell(alert);
        }
        catch (ActorDeadException notifierDown) {
            log.warn("Transfer {} of {} cents needs a compliance alert, but the notifier is down: {}",
                    alert.transferId(), alert.amountCents(), notifierDown.getMessage());
        }
    }

    @Override
    protected void onStop() {
        log.info("Stopped the transfer coordinator ({}) after {} completed transfers", this, completedTransfers);
    }
}
