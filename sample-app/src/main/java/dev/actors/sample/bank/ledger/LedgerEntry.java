package dev.actors.sample.bank.ledger;

import java.time.Instant;

/**
 * A posting as the ledger journaled it.
 *
 * @param sequence position in the journal, from 1, gap-free
 * @param recordedAt when the ledger journaled it
 * @param accountId the account
 * @param type what moved the money
 * @param amountCents signed change: positive credits, negative debits
 * @param balanceAfterCents the account's balance right after the change
 * @param reference free text (the transfer id, "salary", ...)
 */
public record LedgerEntry(long sequence, Instant recordedAt, String accountId, EntryType type, long amountCents,
        long balanceAfterCents, String reference) {
}
