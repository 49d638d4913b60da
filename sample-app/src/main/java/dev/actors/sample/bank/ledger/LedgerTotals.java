package dev.actors.sample.bank.ledger;

import java.util.Map;

/**
 * What the ledger's journal adds up to.
 *
 * @param entries number of entries journaled
 * @param netCents sum of all entries: the money the bank holds according to the ledger
 * @param balanceCentsByAccount each account's balance according to the ledger
 */
public record LedgerTotals(long entries, long netCents, Map<String, Long> balanceCentsByAccount) {
}
