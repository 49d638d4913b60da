package dev.actors.sample.bank.account;

import java.util.List;
import java.util.Optional;

/**
 * Where accounts keep their state while no actor holds it: an {@link AccountActor} entity loads
 * its account in {@code onStart()} and saves it in {@code onStop()}, so an account that was
 * passivated (idle for {@code actors.entities.idle-timeout}) comes back with its balance. It is
 * also the list of the accounts that exist: {@link AccountDirectory#open} saves a new account
 * here before any message reaches it.
 *
 * <p>What it holds for a live account is the state of its last passivation (or its opening):
 * read an account through its actor. Implementations are called from many account actors at
 * once, so they are thread-safe. {@link InMemoryAccountStore} keeps them for the life of the
 * process; a cluster of replicas could share a distributed map instead (a Hazelcast
 * {@code IMap} is one), with no change to the accounts.
 */
public interface AccountStore {

    /**
     * Saves an account, replacing what was saved for its id.
     *
     * @param account the account's state
     */
    void save(AccountSnapshot account);

    /**
     * Loads an account.
     *
     * @param accountId the id
     * @return the state saved last, or empty when no account has that id
     */
    Optional<AccountSnapshot> load(String accountId);

    /**
     * Every account's id.
     *
     * @return the ids, in opening order
     */
    List<String> accountIds();
}
