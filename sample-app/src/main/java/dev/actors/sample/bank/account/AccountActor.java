package dev.actors.sample.bank.account;

import dev.actors.VirtualThreadActor;
import dev.actors.sample.bank.AccountFrozenException;
import dev.actors.sample.bank.InsufficientFundsException;
import dev.actors.sample.bank.InvalidRequestException;
import dev.actors.sample.bank.ledger.EntryType;
import dev.actors.sample.bank.ledger.Ledger;
import dev.actors.sample.bank.ledger.Posting;
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
 * <p>Its fields are plain (no lock, no volatile): the actor handles one message at a time,
 * and the actor runtime orders each message's handling after the previous one even when
 * consecutive messages run on different virtual threads; a new incarnation starts only after
 * the previous one's {@code onStop()} has returned, so it loads what that one saved. Every
 * balance change is posted to the {@link Ledger} with a fire-and-forget call before the reply
 * leaves, so once a caller has the reply the posting is already in the ledger's mailbox.
 */
@Actor
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class AccountActor extends VirtualThreadActor implements Account {

    private static final Logger log = LoggerFactory.getLogger(AccountActor.class);

    private final String id;

    private final Ledger ledger;

    private final AccountStore store;

    private String owner;

    private long balanceCents;

    private boolean frozen;

    private long version;

    /**
     * Creates the actor of one account; its state is loaded in {@link #onStart()}.
     *
     * @param id the account id: the entity's key
     * @param ledger the ledger, injected as a typed interface proxy
     * @param store where the account is saved while no actor holds it
     */
    public AccountActor(@EntityKey String id, Ledger ledger, AccountStore store) {
        this.id = id;
        this.ledger = ledger;
        this.store = store;
    }

    /**
     * Loads the account: the state its previous incarnation saved, or the one it was opened with.
     *
     * @throws IllegalStateException if the store has no such account (only the directory opens them)
     */
    @Override
    protected void onStart() {
        AccountSnapshot saved = store.load(id).orElseThrow(() -> new IllegalStateException("No account " + id
                + " in the account store: accounts are opened through Accounts.open, which saves them"));
        owner = saved.owner();
        balanceCents = saved.balanceCents();
        frozen = saved.frozen();
        version = saved.version();
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
        return post(EntryType.DEPOSIT, amountCents, reference);
    }

    @Override
    public AccountSnapshot withdraw(long amountCents, String reference) {
        InvalidRequestException.requireValidAmount("amountCents", amountCents);
        requireNotFrozen();
        requireFunds(amountCents);
        return post(EntryType.WITHDRAWAL, -amountCents, reference);
    }

    @Override
    public AccountSnapshot debitTransfer(long amountCents, String transferId, String payeeId) {
        InvalidRequestException.requireValidAmount("amountCents", amountCents);
        requireNotFrozen();
        requireFunds(amountCents);
        return post(EntryType.TRANSFER_OUT, -amountCents, transferId + " to " + payeeId);
    }

    @Override
    public AccountSnapshot creditTransfer(long amountCents, String transferId, String payerId) {
        InvalidRequestException.requireValidAmount("amountCents", amountCents);
        requireNotFrozen();
        return post(EntryType.TRANSFER_IN, amountCents, transferId + " from " + payerId);
    }

    @Override
    public AccountSnapshot reverseTransfer(long amountCents, String transferId) {
        InvalidRequestException.requireValidAmount("amountCents", amountCents);
        return post(EntryType.REVERSAL, amountCents, transferId + " reversed");
    }

    @Override
    public AccountSnapshot freeze() {
        frozen = true;
        return snapshot();
    }

    @Override
    public AccountSnapshot unfreeze() {
        frozen = false;
        return snapshot();
    }

    @Override
    public AccountSnapshot snapshot() {
        return new AccountSnapshot(id, owner, balanceCents, frozen, version);
    }

    /** Saves the account, on a passivation as at shutdown: the next incarnation loads it. */
    @Override
    protected void onStop() {
        store.save(snapshot());
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

    private AccountSnapshot post(EntryType type, long signedCents, String reference) {
        balanceCents = Math.addExact(balanceCents, signedCents);
        version++;
        ledger.record(new Posting(id, type, signedCents, balanceCents, reference));
        return snapshot();
    }
}
