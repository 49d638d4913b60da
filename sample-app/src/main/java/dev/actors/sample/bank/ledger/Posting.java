package dev.actors.sample.bank.ledger;

import java.io.Serializable;

/**
 * One change of an account's balance, as the account reports it to the ledger. Its account and
 * version name it: the ledger journals each (account, version) once, so an account that reports
 * a posting again (after a crash, see {@code AccountActor}) changes nothing.
 *
 * @param accountId the account
 * @param accountVersion the account's version right after the change (1 for its first posting)
 * @param type what moved the money
 * @param amountCents signed change: positive credits, negative debits
 * @param balanceAfterCents the account's balance right after the change
 * @param reference free text (the transfer id, "salary", ...)
 */
public record Posting(String accountId, long accountVersion, EntryType type, long amountCents, long balanceAfterCents,
        String reference) implements Serializable {
}
