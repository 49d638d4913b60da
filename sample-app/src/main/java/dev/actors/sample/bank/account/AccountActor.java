package dev.actors.sample.bank.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.actors.VirtualThreadActor;
import dev.actors.cluster.hazelcast.spring.ClusteredEntity;
import dev.actors.sample.bank.AccountFrozenException;
import dev.actors.sample.bank.AccountNotSavedException;
import dev.actors.sample.bank.InsufficientFundsException;
import dev.actors.sample.bank.InvalidRequestException;
import dev.actors.sample.bank.ledger.EntryType;
import dev.actors.sample.bank.ledger.Ledger;
import dev.actors.sample.bank.ledger.Posting;
import dev.actors.sample.bank.transfer.TransferJournal;
import dev.actors.spring.Actor;
import dev.actors.spring.EntityKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * One bank account, one actor: an entity, i.e. a prototype-scoped {@code @Actor} whose
 * constructor takes its account id as {@link EntityKey @EntityKey}. The bank reaches it through
 * {@code Entities<String, AccountActor>}: the first message to an id starts its actor (a new
 * bean), which loads the account from the {@link AccountStore} in {@link #onStart()}; after
 * {@code actors.entities.idle-timeout} without a message it is passivated: {@link #onStop()}
 * saves the account and the actor stops, and the next message starts a new one that loads it
 * again. A message that races with the passivation is handled by one or the other, never lost.
 * It runs on virtual threads ({@link VirtualThreadActor}): a live account holds no thread while
 * it waits, and a passivated one holds nothing at all.
 *
 * <p>{@link ClusteredEntity @ClusteredEntity}: in the {@code cluster} profile (a Hazelcast member
 * in the context) each account lives on the member owning its id's partition, and every replica's
 * {@code Entities<String, AccountActor>} reaches it there; without Hazelcast the annotation does
 * nothing. A replica may crash (no {@code onStop}), so every change is saved before it is posted
 * and answered, in this order:
 * <ol>
 * <li>the new state is saved ({@link StoredAccount}, with the change's posting and the transfer
 *     step it applied), synchronously: on two members in the cluster; only then is it applied to
 *     the fields (a save that fails applies nothing: {@link AccountNotSavedException});</li>
 * <li>the posting goes to the {@link Ledger}, which journals each (account, version) once;</li>
 * <li>the reply leaves.</li>
 * </ol>
 * A crash after 1 loses nothing: the next incarnation posts the saved postings again in
 * {@code onStart()} (a no-op for those journaled), and a transfer step sent again is recognised.
 * A ledger that fails in 2 does not fail the change, which is saved: its posting stays in the
 * saved state and is posted again with the next change or incarnation.
 *
 * <p>Transfer steps are idempotent: the account remembers the steps it applied
 * ({@code "TRF-7:debit"}, {@code ":credit"}, {@code ":reverse"}) and a credit it refused
 * ({@code ":credit-refused"}), and answers a repeated step without applying it again (a repeated
 * refused credit is refused again, so a transfer is never both credited and reversed). Why the
 * list stays bounded, and why forgetting is safe: a step is only ever sent again while its
 * transfer is unfinished in the {@link TransferJournal} (the coordinator journals the outcome
 * after the last step's answer, and neither it nor the recovery sends a step of a finished
 * transfer). So when the list holds more than {@link #STEPS_KEPT_BEFORE_PRUNING} steps, the
 * account asks the journal which of their transfers are finished and forgets those: what it keeps
 * is the steps of unfinished transfers (at most one per coordinator at a time, plus those left to
 * the recovery) and those applied since it last asked.
 *
 * <p>Its fields are plain (no lock, no volatile): the actor handles one message at a time,
 * and the actor runtime orders each message's handling after the previous one even when
 * consecutive messages run on different virtual threads; a new incarnation starts only after
 * the previous one's {@code onStop()} has returned (or, in the cluster, after its member has left),
 * so it loads what that one saved.
 */
@Actor
@ClusteredEntity
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class AccountActor extends VirtualThreadActor implements Account {

    /** How many remembered transfer steps trigger forgetting those of finished transfers. */
    public static final int STEPS_KEPT_BEFORE_PRUNING = 32;

    private static final Logger log = LoggerFactory.getLogger(AccountActor.class);

    private final String id;

    private final Ledger ledger;

    private final AccountStore store;

    private final TransferJournal journal;

    private String owner;

    private long balanceCents;

    private boolean frozen;

    private long version;

    private List<String> appliedSteps = List.of();

    private List<Posting> unjournaledPostings = List.of();

    /**
     * Creates the actor of one account; its state is loaded in {@link #onStart()}.
     *
     * @param id the account id: the entity's key
     * @param ledger the ledger (a typed interface proxy of the ledger actor, or the cluster's ledger)
     * @param store where the account is saved
     * @param journal the transfer journal, to forget the steps of finished transfers
     */
    public AccountActor(@EntityKey String id, Ledger ledger, AccountStore store, TransferJournal journal) {
        this.id = id;
        this.ledger = ledger;
        this.store = store;
        this.journal = journal;
    }

    /**
     * Loads the account: the state it saved last, or the one it was opened with; then posts the
     * saved postings the ledger may not have (a crash between saving and posting, or a ledger
     * that failed), which the ledger journals once.
     *
     * @throws IllegalStateException if the store has no such account (only the directory opens them)
     */
    @Override
    protected void onStart() {
        StoredAccount saved = store.load(id).orElseThrow(() -> new IllegalStateException("No account " + id
                + " in the account store: accounts are opened through Accounts.open, which saves them"));
        adopt(saved);
        journalPostings();
        log.info("Account {} is live ({}) with a balance of {} cents", id, this, balanceCents);
    }

    /**
     * Handles the plain message {@link BalanceInquiry} (asked).
     *
     * @param message the message
     * @return the reply to an ask
     * @throws Exception as the base class
     */
    @Override
    protected Object onReceive(Object message) throws Exception {
        return message instanceof BalanceInquiry ? snapshot() : super.onReceive(message);
    }

    @Override
    public AccountSnapshot deposit(long amountCents, String reference) {
        InvalidRequestException.requireValidAmount("amountCents", amountCents);
        requireNotFrozen();
        return post(EntryType.DEPOSIT, amountCents, reference, null);
    }

    @Override
    public AccountSnapshot withdraw(long amountCents, String reference) {
        InvalidRequestException.requireValidAmount("amountCents", amountCents);
        requireNotFrozen();
        requireFunds(amountCents);
        return post(EntryType.WITHDRAWAL, -amountCents, reference, null);
    }

    @Override
    public AccountSnapshot debitTransfer(long amountCents, String transferId, String payeeId) {
        InvalidRequestException.requireValidAmount("amountCents", amountCents);
        String step = transferId + ":debit";
        if (appliedSteps.contains(step)) {
            return snapshot();
        }
        requireNotFrozen();
        requireFunds(amountCents);
        return post(EntryType.TRANSFER_OUT, -amountCents, transferId + " to " + payeeId, step);
    }

    @Override
    public AccountSnapshot creditTransfer(long amountCents, String transferId, String payerId) {
        InvalidRequestException.requireValidAmount("amountCents", amountCents);
        String step = transferId + ":credit";
        if (appliedSteps.contains(step)) {
            return snapshot();
        }
        String refused = transferId + ":credit-refused";
        if (frozen || appliedSteps.contains(refused)) {
            // Remembered before the refusal leaves: this transfer's credit is refused for good, so
            // once its debit is reversed no late or repeated credit can book it a second time.
            if (!appliedSteps.contains(refused)) {
                saveThenApply(new StoredAccount(id, owner, balanceCents, frozen, version, stepsWith(refused),
                        unjournaledPostings));
            }
            throw new AccountFrozenException(id);
        }
        return post(EntryType.TRANSFER_IN, amountCents, transferId + " from " + payerId, step);
    }

    @Override
    public AccountSnapshot reverseTransfer(long amountCents, String transferId) {
        InvalidRequestException.requireValidAmount("amountCents", amountCents);
        String step = transferId + ":reverse";
        if (appliedSteps.contains(step)) {
            return snapshot();
        }
        if (!appliedSteps.contains(transferId + ":debit")) {
            throw new IllegalStateException("Account " + id + " cannot reverse transfer " + transferId
                    + ": it has no debit of that transfer to give back");
        }
        return post(EntryType.REVERSAL, amountCents, transferId + " reversed", step);
    }

    @Override
    public AccountSnapshot freeze() {
        saveThenApply(new StoredAccount(id, owner, balanceCents, true, version, appliedSteps, unjournaledPostings));
        return snapshot();
    }

    @Override
    public AccountSnapshot unfreeze() {
        saveThenApply(new StoredAccount(id, owner, balanceCents, false, version, appliedSteps, unjournaledPostings));
        return snapshot();
    }

    @Override
    public AccountSnapshot snapshot() {
        return new AccountSnapshot(id, owner, balanceCents, frozen, version);
    }

    /** Saves the account, on a passivation as at shutdown (a handoff too): the next incarnation loads it. */
    @Override
    protected void onStop() {
        store.save(stored());
        log.info("Stopped account {} ({}) with a balance of {} cents, saved", id, this, balanceCents);
    }

    private void requireNotFrozen() {
        if (frozen) {
            throw new AccountFrozenException(id);
        }
    }

    private void requireFunds(long amountCents) {
        if (amountCents > balanceCents) {
            throw new InsufficientFundsException(id, balanceCents, amountCents);
        }
    }

    private AccountSnapshot post(EntryType type, long signedCents, String reference, String step) {
        long newBalance = Math.addExact(balanceCents, signedCents);
        long newVersion = version + 1;
        Posting posting = new Posting(id, newVersion, type, signedCents, newBalance, reference);
        List<Posting> postings = new ArrayList<>(unjournaledPostings);
        postings.add(posting);
        List<String> steps = step == null ? appliedSteps : withoutFinishedTransfers(stepsWith(step));
        saveThenApply(new StoredAccount(id, owner, newBalance, frozen, newVersion, steps, postings));
        journalPostings();
        return snapshot();
    }

    /** Saves {@code next}, then makes it this actor's state; a failed save changes nothing. */
    private void saveThenApply(StoredAccount next) {
        try {
            store.save(next);
        }
        catch (RuntimeException storeFailed) {
            throw new AccountNotSavedException(id, storeFailed);
        }
        adopt(next);
    }

    private void adopt(StoredAccount state) {
        owner = state.owner();
        balanceCents = state.balanceCents();
        frozen = state.frozen();
        version = state.version();
        appliedSteps = state.appliedSteps();
        unjournaledPostings = state.unjournaledPostings();
    }

    private StoredAccount stored() {
        return new StoredAccount(id, owner, balanceCents, frozen, version, appliedSteps, unjournaledPostings);
    }

    /** Posts what the ledger may not have; what it took is forgotten here (the saved state keeps it until the next save: posting it again is harmless). */
    private void journalPostings() {
        try {
            for (Posting posting : unjournaledPostings) {
                ledger.record(posting);
            }
            unjournaledPostings = List.of();
        }
        catch (RuntimeException ledgerFailed) {
            log.warn("Account {}: {} postings wait for the ledger, which failed ({}); they are saved and posted again "
                    + "with the next change", id, unjournaledPostings.size(), ledgerFailed.toString());
        }
    }

    private List<String> stepsWith(String step) {
        List<String> steps = new ArrayList<>(appliedSteps);
        steps.add(step);
        return steps;
    }

    private List<String> withoutFinishedTransfers(List<String> steps) {
        if (steps.size() <= STEPS_KEPT_BEFORE_PRUNING) {
            return steps;
        }
        Collection<String> transferIds = steps.stream().map(AccountActor::transferOf).distinct().toList();
        try {
            Set<String> finished = journal.finishedAmong(transferIds);
            return steps.stream().filter(remembered -> !finished.contains(transferOf(remembered))).toList();
        }
        catch (RuntimeException journalUnavailable) {
            // Keep them all: remembering too much is safe, the next change tries again.
            log.warn("Account {} keeps {} transfer steps: the journal did not answer ({})", id, steps.size(),
                    journalUnavailable.getMessage());
            return steps;
        }
    }

    private static String transferOf(String step) {
        return step.substring(0, step.indexOf(':'));
    }
}
