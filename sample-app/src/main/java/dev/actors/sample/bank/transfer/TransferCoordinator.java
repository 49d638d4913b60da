package dev.actors.sample.bank.transfer;

import dev.actors.ActorDeadException;
import dev.actors.ActorRef;
import dev.actors.ThreadingActor;
import dev.actors.sample.bank.InvalidRequestException;
import dev.actors.sample.bank.account.AccountHandle;
import dev.actors.sample.bank.account.Accounts;
import dev.actors.sample.bank.notify.LargeTransferAlert;
import dev.actors.sample.bank.notify.Notifier;
import dev.actors.sample.bank.numbering.SerialNumbers;
import dev.actors.spring.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

/**
 * Runs transfers one at a time, a singleton actor on a platform thread.
 *
 * <p>A transfer touches two accounts, each an actor that changes its balance one message at
 * a time. The coordinator gives the transfer an id ({@code TRF-n}, from {@link SerialNumbers}:
 * unique across the cluster in the {@code cluster} profile), journals it
 * {@link TransferStatus#PENDING PENDING} in the {@link TransferJournal}, then has
 * {@link TransferSteps} debit the payer and credit the payee; if the payee refuses the credit
 * (frozen), the debit is reversed, which an account always accepts. The outcome is journaled
 * before the reply leaves, so a transfer a client saw acknowledged is journaled
 * {@link TransferStatus#DONE DONE}. Money is never created or lost, and no account ever waits
 * for another: there is no lock to take in two orders, hence no deadlock.
 *
 * <p>Across replicas (the {@code cluster} profile) the accounts may live on other members, and
 * a member may crash with a transfer half done. The steps are idempotent per transfer id (each
 * account remembers the steps it applied, in its stored state), so a step whose answer did not
 * come is simply sent again, and a transfer whose coordinator's replica crashed is completed, or
 * reversed, by {@link TransferRecovery} on a survivor; see {@link TransferSteps}.
 *
 * <p>The coordinator blocks on its calls to the directory and to the accounts. That is safe
 * because the calls only go one way: the directory and the accounts never call the
 * coordinator (accounts only post to the ledger), so no cycle of waits can form. Deposits and
 * withdrawals do not go through the coordinator; they go straight to the account, whose mailbox
 * orders them with the transfer's steps.
 */
@Actor
public class TransferCoordinator extends ThreadingActor implements Transfers {

    private static final Logger log = LoggerFactory.getLogger(TransferCoordinator.class);

    private final Accounts accounts;

    private final ActorRef<Notifier> notifier;

    private final long alertThresholdCents;

    private final SerialNumbers serialNumbers;

    private final TransferJournal journal;

    private final TransferSteps steps;

    private long completedTransfers;

    /**
     * Creates the coordinator.
     *
     * @param accounts the account directory, as a typed interface proxy
     * @param notifier the notifier's ref, told about large transfers
     * @param alertThresholdCents transfers of at least this amount raise an alert
     * @param serialNumbers where transfer ids come from
     * @param journal where transfers are journaled
     * @param steps runs a journaled transfer's steps
     */
    public TransferCoordinator(Accounts accounts, ActorRef<Notifier> notifier,
            @Value("${bank.large-transfer-alert-cents:1000000}") long alertThresholdCents, SerialNumbers serialNumbers,
            TransferJournal journal, TransferSteps steps) {
        this.accounts = accounts;
        this.notifier = notifier;
        this.alertThresholdCents = alertThresholdCents;
        this.serialNumbers = serialNumbers;
        this.journal = journal;
        this.steps = steps;
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
        String transferId = "TRF-" + serialNumbers.next("transfer");
        TransferRecord transfer = TransferRecord.pending(transferId, new TransferOrder(fromId, toId, amount),
                journal.localCoordinator());
        journal.save(transfer); // before the first step: whoever finds it unfinished can complete it

        TransferReceipt receipt = steps.run(transfer, from, to);
        if (amount >= alertThresholdCents) {
            alert(new LargeTransferAlert(transferId, fromId, toId, amount));
        }
        completedTransfers++;
        return receipt;
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
