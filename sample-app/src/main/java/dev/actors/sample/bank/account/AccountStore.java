package dev.actors.sample.bank.account;

import java.util.List;
import java.util.Optional;

/**
 * Where accounts keep their state: an {@link AccountActor} entity loads its account in
 * {@code onStart()} and saves it after every change (and in {@code onStop()}), so an account that
 * was passivated (idle for {@code actors.entities.idle-timeout}), or whose replica crashed in the
 * {@code cluster} profile, comes back with its balance. It is also the list of the accounts that
 * exist: {@link AccountDirectory#open} saves a new account here before any message reaches it.
 *
 * <p>Read a live account through its actor: the store has what it saved last. Implementations are
 * called from many account actors at once, so they are thread-safe. {@link InMemoryAccountStore}
 * keeps the accounts for the life of the process; {@link ClusterAccountStore} (the {@code cluster}
 * profile) in the cluster's state store, an IMap with a synchronous backup, with no change to the
 * accounts.
 */
public interface AccountStore {

    /**
     * Saves an account, replacing what was saved for its id; when it returns, the state is as
     * durable as the store makes it (on two members in the cluster).
     *
     * @param account the account's state
     */
    void save(StoredAccount account);

    /**
     * Loads an account.
     *
     * @param accountId the id
     * @return the state saved last, or empty when no account has that id
     */
    Optional<StoredAccount> load(String accountId);

    /**
     * Every account's id.
     *
     * @return the ids, in opening order
     */
    List<String> accountIds();
}
