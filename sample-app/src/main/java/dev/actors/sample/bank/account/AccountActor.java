package dev.actors.sample.bank.account;

import dev.actors.VirtualThreadActor;
import dev.actors.sample.bank.AccountFrozenException;
import dev.actors.sample.bank.InsufficientFundsException;
import dev.actors.sample.bank.InvalidRequestException;
import dev.actors.sample.bank.ledger.EntryType;
import dev.actors.sample.bank.ledger.Ledger;
import dev.actors.sample.bank.ledger.Posting;
import dev.actors.spring.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * One bank account, one actor: a prototype-scoped {@code @Actor}, so the
 * {@link AccountDirectory} starts a new one per account. It runs on virtual threads
 * ({@link VirtualThreadActor}): an idle account holds no thread, so a bank can keep
 * millions of them.
 *
 * <p>Its fields are plain (no lock, no volatile): the actor handles one message at a time,
 * and the actor runtime orders each message's handling after the previous one even when
 * consecutive messages run on different virtual threads. Every balance change is posted to
 * the {@link Ledger} with a fire-and-forget call before the reply leaves, so once a caller
 * has the reply the posting is already in the ledger's mailbox.
 */
@Actor
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class AccountActor extends VirtualThreadActor implements Account {

    private static final Logger log = LoggerFactory.getLogger(AccountActor.class);

    private final Ledger ledger;

    private String id;

    private String owner;

    private long balanceCents;

    private boolean frozen;

    private long version;

    /**
     * Creates an account that is not open yet: the directory tells it {@link OpenAccount}
     * right after starting it, and that message is first in its mailbox.
     *
     * @param ledger the ledger, injected as a typed interface proxy
     */
    public AccountActor(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * Handles the plain messages: {@link OpenAccount} (told) and {@link BalanceInquiry} (asked).
     *
     * @param message the message
     * @return the reply to an ask
     * @throws Exception as the base class
     */
    @Override
    protected Object onReceive(Object message) throws Exception {
        return switch (message) {
            case OpenAccount open -> {
                this.id = open.id();
                this.owner = open.owner();
                log.debug("Opened account {} for {} ({})", id, owner, this);
                yield null;
            }
            case BalanceInquiry inquiry -> snapshot();
            default -> super.onReceive(message);
        };
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

    @Override
    protected void onStop() {
        log.info("Stopped account {} ({}) with a balance of {} cents", id, this, balanceCents);
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
