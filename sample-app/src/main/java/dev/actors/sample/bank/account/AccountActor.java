package dev.actors.sample.bank.account;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.actors.VirtualThreadActor;
import dev.actors.cluster.hazelcast.spring.ClusteredEntity;
import dev.actors.sample.bank.AccountFrozenException;
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
 * <li>the change is applied to the fields and saved ({@link StoredAccount}, with its posting and
 *     the transfer step it applied), synchronously: on two members in the cluster;</li>
 * <li>the posting goes to the {@link Ledger}, which journals each (account, version) once;</li>
 * <li>the reply leaves.</li>
 * </ol>
 * A crash after 1 loses nothing: the next incarnation posts the last posting again in
 * {@code onStart()} (a no-op if it was journaled), and a transfer step sent again is recognised.
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
 * the recovery) and the last few.
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

    private final Set<String> appliedSteps = new LinkedHashSet<>();

    private Posting lastPosting;

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
     * Loads the account: the state it saved last, or the one it was opened with; then posts its
     * last change again, in case a crash came between saving and posting it (the ledger journals
     * each change once).
     *
     * @throws IllegalStateException if the store has no such account (only the directory opens them)
     */
    @Override
    protected void onStart() {
        StoredAccount saved = store.load(id).orElseThrow(() -> new IllegalStateException("No account " + id
                + " in the account store: accounts are opened through Accounts.open, which saves them"));
        owner = saved.owner();
        balanceCents = saved.balanceCents();
        frozen = saved.frozen();
        version = saved.version();
        appliedSteps.addAll(saved.appliedSteps());
        lastPosting = saved.lastPosting();
        if (lastPosting != null) {
            ledger.record(lastPosting);
        }
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
        if (frozen || appliedSteps.contains(transferId + ":credit-refused")) {
            // Remembered before the refusal leaves: this transfer's credit is refused for good, so
            // once its debit is reversed no late or repeated credit can book it a second time.
            if (appliedSteps.add(transferId + ":credit-refused")) {
                save();
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
        frozen = true;
        save();
        return snapshot();
    }

    @Override
    public AccountSnapshot unfreeze() {
        frozen = false;
        save();
        return snapshot();
    }

    @Override
    public AccountSnapshot snapshot() {
        return new AccountSnapshot(id, owner, balanceCents, frozen, version);
    }

    /** Saves the account, on a passivation as at shutdown (a handoff too): the next incarnation loads it. */
    @Override
    protected void onStop() {
        save();
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
        balanceCents = Math.addExact(balanceCents, signedCents);
        version++;
        lastPosting = new Posting(id, version, type, signedCents, balanceCents, reference);
        if (step != null) {
            appliedSteps.add(step);
            forgetFinishedTransfers();
        }
        save();
        ledger.record(lastPosting);
        return snapshot();
    }

    private void save() {
        store.save(new StoredAccount(id, owner, balanceCents, frozen, version, List.copyOf(appliedSteps), lastPosting));
    }

    private void forgetFinishedTransfers() {
        if (appliedSteps.size() <= STEPS_KEPT_BEFORE_PRUNING) {
            return;
        }
        Collection<String> transferIds = appliedSteps.stream().map(AccountActor::transferOf).distinct().toList();
        try {
            Set<String> finished = journal.finishedAmong(transferIds);
            appliedSteps.removeIf(remembered -> finished.contains(transferOf(remembered)));
        }
        catch (RuntimeException journalUnavailable) {
            // Keep them all: remembering too much is safe, the next change tries again.
            log.warn("Account {} keeps {} transfer steps: the journal did not answer ({})", id, appliedSteps.size(),
                    journalUnavailable.getMessage());
        }
    }

    private static String transferOf(String step) {
        return step.substring(0, step.indexOf(':'));
    }
}
