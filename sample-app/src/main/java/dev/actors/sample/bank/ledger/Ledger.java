package dev.actors.sample.bank.ledger;

import java.util.List;
import java.util.Map;

/**
 * The bank's audit journal. Injected as a typed interface proxy of {@link InMemoryLedger}
 * (every call is a message to that actor), or, in the {@code cluster} profile, as
 * {@link ClusterLedger}, a plain bean over an IMap shared by the replicas.
 */
public interface Ledger {

    /**
     * Journals a posting, once per account and version: a posting whose account version is
     * journaled already changes nothing (an account posts its last change again when it starts,
     * in case a crash came between saving and posting it). Fire and forget through the actor's
     * proxy (a {@code void} proxy method): the caller does not wait, and the posting is journaled
     * in the order this caller sent it; {@link ClusterLedger} returns once the posting is on two
     * members.
     *
     * @param posting what changed
     */
    void record(Posting posting);

    /**
     * The journal of one account, oldest first (a blocking proxy call).
     *
     * @param accountId the account
     * @return its entries; empty for an account with no postings
     */
    List<LedgerEntry> entriesOf(String accountId);

    /**
     * Every account's journal, oldest first (a blocking proxy call).
     *
     * @return entries by account id
     */
    Map<String, List<LedgerEntry>> entriesByAccount();

    /**
     * What the journal adds up to (a blocking proxy call).
     *
     * @return the totals
     */
    LedgerTotals totals();
}
