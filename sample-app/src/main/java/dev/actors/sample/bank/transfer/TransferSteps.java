package dev.actors.sample.bank.transfer;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.concurrent.locks.LockSupport;

import dev.actors.ActorRegistry;
import dev.actors.ActorTimeoutException;
import dev.actors.cluster.hazelcast.EntityUnreachableException;
import dev.actors.sample.bank.AccountNotSavedException;
import dev.actors.sample.bank.TransferInDoubtException;
import dev.actors.sample.bank.account.AccountHandle;
import dev.actors.sample.bank.account.AccountSnapshot;
import dev.actors.sample.bank.account.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The steps of one journaled transfer: debit the payer, credit the payee, or, when the payee
 * refuses, give the debit back; then journal the outcome. Run by the {@link TransferCoordinator}
 * for a new transfer and by {@link TransferRecovery} for one a crashed replica left unfinished.
 *
 * <p>Every step names its transfer, and an account applies a step of a transfer at most once
 * (it remembers the steps it applied, see {@code AccountActor}), so a step may be sent again
 * whenever its answer did not come: when the account's replica left the cluster before answering
 * ({@link EntityUnreachableException}) or the answer did not come within the ask timeout
 * ({@link ActorTimeoutException}), or the account could not save it ({@link AccountNotSavedException}:
 * not applied), the step is retried (the account starts again on its new owner, from its stored
 * state) for up to {@link #RETRIES_FOR_ASK_TIMEOUTS} ask timeouts; past that the
 * transfer is left {@link TransferStatus#PENDING} with no coordinator, for the recovery, and the
 * caller gets a {@link TransferInDoubtException}. A refusal (any other exception the account threw)
 * is an answer: the account throws before it saves a change, so nothing was applied. The payee also remembers a credit it refused, and refuses that
 * transfer's credit again, so a transfer is either credited or reversed, never both, whoever
 * drives it and however often.
 */
@Component
public class TransferSteps {

    /** How many ask timeouts a step is retried for before the transfer is left to the recovery. */
    public static final int RETRIES_FOR_ASK_TIMEOUTS = 3;

    private static final Logger log = LoggerFactory.getLogger(TransferSteps.class);

    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);

    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(1);

    private final Accounts accounts;

    private final TransferJournal journal;

    private final Duration retryFor;

    /**
     * Creates the steps.
     *
     * @param accounts the account directory, as a typed interface proxy
     * @param journal the transfer journal
     * @param registry the context's registry, for its ask timeout
     */
    public TransferSteps(Accounts accounts, TransferJournal journal, ActorRegistry registry) {
        this.accounts = accounts;
        this.journal = journal;
        this.retryFor = registry.askTimeout().multipliedBy(RETRIES_FOR_ASK_TIMEOUTS);
    }

    /**
     * Runs a journaled, unfinished transfer to its end, looking its accounts up.
     *
     * @param transfer the journaled record
     * @return the receipt when it is done
     * @throws RuntimeException the refusal when it was reversed or failed (journaled so), or a
     *     {@link TransferInDoubtException} when an account did not answer (left to the recovery)
     */
    public TransferReceipt resume(TransferRecord transfer) {
        AccountHandle from;
        AccountHandle to;
        try {
            from = accounts.require(transfer.fromAccountId());
            to = accounts.require(transfer.toAccountId());
        }
        catch (RuntimeException unknown) {
            journal.save(transfer.finished(TransferStatus.FAILED, unknown.getMessage()));
            throw unknown;
        }
        return run(transfer, from, to);
    }

    /**
     * Runs a journaled, unfinished transfer to its end.
     *
     * @param transfer the journaled record
     * @param from the payer
     * @param to the payee
     * @return the receipt when it is done
     * @throws RuntimeException the refusal when it was reversed or failed (journaled so), or a
     *     {@link TransferInDoubtException} when an account did not answer (left to the recovery)
     */
    public TransferReceipt run(TransferRecord transfer, AccountHandle from, AccountHandle to) {
        String id = transfer.transferId();
        long amount = transfer.amountCents();
        AccountSnapshot debited;
        try {
            debited = answered(transfer, "debit", from.id(),
                    () -> from.account().debitTransfer(amount, id, to.id()));
        }
        catch (TransferInDoubtException inDoubt) {
            throw inDoubt;
        }
        catch (RuntimeException refused) {
            journal.save(transfer.finished(TransferStatus.FAILED, refused.getMessage()));
            throw refused;
        }
        log.debug("Transfer {}: {} debited, crediting {}", id, from.id(), to.id());
        AccountSnapshot credited;
        try {
            credited = answered(transfer, "credit", to.id(), () -> to.account().creditTransfer(amount, id, from.id()));
        }
        catch (TransferInDoubtException inDoubt) {
            throw inDoubt;
        }
        catch (RuntimeException refused) {
            // The payee threw: the credit was not applied, and never will be (it remembers the refusal).
            answered(transfer, "reverse", from.id(), () -> from.account().reverseTransfer(amount, id));
            journal.save(transfer.finished(TransferStatus.REVERSED, refused.getMessage()));
            log.info("Transfer {} reversed: {} refused the credit ({})", id, to.id(), refused.getMessage());
            throw refused;
        }
        journal.save(transfer.finished(TransferStatus.DONE, null));
        return new TransferReceipt(id, amount, debited, credited);
    }

    /** The step's answer, retried while it does not come; past the retry time the transfer is left to the recovery. */
    private AccountSnapshot answered(TransferRecord transfer, String step, String accountId,
            Supplier<AccountSnapshot> call) {
        long deadline = System.nanoTime() + retryFor.toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                return call.get();
            }
            catch (EntityUnreachableException | ActorTimeoutException | AccountNotSavedException noAnswer) {
                if (System.nanoTime() - deadline >= 0) {
                    abandon(transfer, step, accountId, noAnswer);
                    throw new TransferInDoubtException(transfer.transferId(), step, accountId, noAnswer);
                }
                log.info("Transfer {}: no definite answer from {} to its {} ({}); sending it again",
                        transfer.transferId(), accountId, step, noAnswer.getMessage());
                // A pause between attempts, not a synchronisation: the account's new owner needs a moment.
                LockSupport.parkNanos(pause.toNanos());
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void abandon(TransferRecord transfer, String step, String accountId, RuntimeException noAnswer) {
        log.error("Transfer {} is in doubt: its {} on {} got no definite answer for {} ({}); leaving it to the recovery",
                transfer.transferId(), step, accountId, retryFor, noAnswer.getMessage());
        try {
            journal.save(transfer.coordinatedBy(null));
        }
        catch (RuntimeException journalDown) {
            // Still PENDING under this coordinator: the recovery takes it when this replica leaves.
            log.error("Transfer {} could not be handed to the recovery: {}", transfer.transferId(),
                    journalDown.getMessage());
        }
    }
}
