package dev.actors.sample.bank.ledger;

/**
 * One change of an account's balance, as the account reports it to the ledger.
 *
 * @param accountId the account
 * @param type what moved the money
 * @param amountCents signed change: positive credits, negative debits
 * @param balanceAfterCents the account's balance right after the change
 * @param reference free text (the transfer id, "salary", ...)
 */
public record Posting(String accountId, EntryType type, long amountCents, long balanceAfterCents, String reference) {
}
