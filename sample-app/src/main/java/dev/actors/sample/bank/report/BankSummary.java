package dev.actors.sample.bank.report;

/**
 * The bank at a glance.
 *
 * @param accounts number of accounts
 * @param frozenAccounts how many of them are frozen
 * @param totalBalanceCents sum of the accounts' balances, each read by its own actor
 * @param ledgerEntries number of entries in the ledger
 * @param ledgerNetCents sum of the ledger's entries
 * @param ledgerMatchesAccounts every account's balance equals the sum of its ledger entries,
 *        and the totals agree; can be briefly false while operations are in flight
 */
public record BankSummary(int accounts, long frozenAccounts, long totalBalanceCents, long ledgerEntries,
        long ledgerNetCents, boolean ledgerMatchesAccounts) {
}
