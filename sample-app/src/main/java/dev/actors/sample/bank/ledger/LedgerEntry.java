package dev.actors.sample.bank.ledger;

import java.io.Serializable;
import java.time.Instant;

/**
 * A posting as the ledger journaled it.
 *
 * @param sequence position in the journal, from 1, gap-free: bank-wide in {@link InMemoryLedger}; in
 *     the {@code cluster} profile's {@link ClusterLedger}, the position in the account's own journal
 *     (the account's version after the change), a bank-wide count needing a cluster-wide lock
 * @param recordedAt when the ledger journaled it
 * @param accountId the account
 * @param type what moved the money
 * @param amountCents signed change: positive credits, negative debits
 * @param balanceAfterCents the account's balance right after the change
 * @param reference free text (the transfer id, "salary", ...)
 */
public record LedgerEntry(long sequence, Instant recordedAt, String accountId, EntryType type, long amountCents,
        long balanceAfterCents, String reference) implements Serializable {
}
