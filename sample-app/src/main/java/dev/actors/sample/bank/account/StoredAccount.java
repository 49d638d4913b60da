package dev.actors.sample.bank.account;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import dev.actors.sample.bank.ledger.Posting;

/**
 * What the {@link AccountStore} keeps of an account: its {@link AccountSnapshot} fields, the
 * transfer steps it applied and may be asked to apply again ({@code "TRF-7:debit"}), and its last
 * posting. An {@link AccountActor} saves it after every change, before it reports the change to
 * the ledger and before it replies, so a crash after the save loses nothing: the next incarnation
 * reports the last posting again (the ledger journals it once) and answers a repeated transfer
 * step without applying it twice. Serializable: the {@code cluster} profile keeps it in an IMap.
 *
 * @param id the account id
 * @param owner the holder's name
 * @param balanceCents the balance, in cents
 * @param frozen whether it refuses deposits, withdrawals and transfers
 * @param version how many balance changes it has made
 * @param appliedSteps the transfer steps applied and not yet known to be finished, oldest first
 * @param unjournaledPostings the postings saved but not known to be in the ledger, oldest first
 */
public record StoredAccount(String id, String owner, long balanceCents, boolean frozen, long version,
        List<String> appliedSteps, List<Posting> unjournaledPostings) implements Serializable {

    /**
     * Copies the lists, so that a saved state never changes afterwards.
     *
     * @param id the account id
     * @param owner the holder's name
     * @param balanceCents the balance
     * @param frozen whether frozen
     * @param version number of changes
     * @param appliedSteps the steps applied
     * @param unjournaledPostings the postings the ledger may not have
     */
    public StoredAccount {
        Objects.requireNonNull(id, "id");
        appliedSteps = List.copyOf(appliedSteps);
        unjournaledPostings = List.copyOf(unjournaledPostings);
    }

    /**
     * A newly opened account: no money, no change yet.
     *
     * @param id the account id
     * @param owner the holder's name
     * @return the state to save before any message reaches the account
     */
    public static StoredAccount opened(String id, String owner) {
        return new StoredAccount(id, owner, 0, false, 0, List.of(), List.of());
    }

    /**
     * The account as callers see it.
     *
     * @return the snapshot
     */
    public AccountSnapshot snapshot() {
        return new AccountSnapshot(id, owner, balanceCents, frozen, version);
    }
}
