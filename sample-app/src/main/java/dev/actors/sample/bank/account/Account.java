package dev.actors.sample.bank.account;

/**
 * A bank account. Callers hold a typed interface proxy of an {@link AccountActor}: each call
 * is a message the account handles one at a time, so its balance needs no lock. These
 * methods return plain values, so each call blocks the caller for the reply (at most
 * {@code actors.ask-timeout}) and rethrows the account's exception as it is.
 */
public interface Account {

    /**
     * Pays money in.
     *
     * @param amountCents the amount, positive
     * @param reference free text for the ledger
     * @return the account right after the deposit
     * @throws dev.actors.sample.bank.AccountFrozenException when the account is frozen
     * @throws dev.actors.sample.bank.InvalidRequestException when the amount is not positive
     */
    AccountSnapshot deposit(long amountCents, String reference);

    /**
     * Pays money out.
     *
     * @param amountCents the amount, positive
     * @param reference free text for the ledger
     * @return the account right after the withdrawal
     * @throws dev.actors.sample.bank.InsufficientFundsException when the balance is smaller
     * @throws dev.actors.sample.bank.AccountFrozenException when the account is frozen
     * @throws dev.actors.sample.bank.InvalidRequestException when the amount is not positive
     */
    AccountSnapshot withdraw(long amountCents, String reference);

    /**
     * Debits the payer's side of a transfer.
     *
     * @param amountCents the amount, positive
     * @param transferId the transfer, for the ledger
     * @param payeeId the other account, for the ledger
     * @return the account right after the debit
     * @throws dev.actors.sample.bank.InsufficientFundsException when the balance is smaller
     * @throws dev.actors.sample.bank.AccountFrozenException when the account is frozen
     */
    AccountSnapshot debitTransfer(long amountCents, String transferId, String payeeId);

    /**
     * Credits the payee's side of a transfer.
     *
     * @param amountCents the amount, positive
     * @param transferId the transfer, for the ledger
     * @param payerId the other account, for the ledger
     * @return the account right after the credit
     * @throws dev.actors.sample.bank.AccountFrozenException when the account is frozen
     */
    AccountSnapshot creditTransfer(long amountCents, String transferId, String payerId);

    /**
     * Gives back a transfer's debit after the payee refused the credit. Always accepted,
     * even by a frozen account: a reversal only undoes what this account already paid.
     *
     * @param amountCents the amount debited
     * @param transferId the transfer being reversed
     * @return the account right after the reversal
     */
    AccountSnapshot reverseTransfer(long amountCents, String transferId);

    /**
     * Freezes the account (e.g. on suspicion of fraud).
     *
     * @return the account, frozen
     */
    AccountSnapshot freeze();

    /**
     * Unfreezes the account.
     *
     * @return the account, not frozen
     */
    AccountSnapshot unfreeze();

    /**
     * Reads the account.
     *
     * @return its current state
     */
    AccountSnapshot snapshot();
}
