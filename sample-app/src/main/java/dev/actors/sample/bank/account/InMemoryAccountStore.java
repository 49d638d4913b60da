package dev.actors.sample.bank.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@link AccountStore} of a single process: a map in memory, for the life of the JVM (this
 * is a demo, not a bank). A plain bean, not an actor: each account actor saves and loads only
 * its own entry, so a lock per call is all the ordering it needs. Not in the {@code cluster}
 * profile, which has {@link ClusterAccountStore} instead.
 */
@Component
@Profile("!cluster")
public class InMemoryAccountStore implements AccountStore {

    /** Guarded by {@code this}; insertion order is opening order. */
    private final Map<String, StoredAccount> accountsById = new LinkedHashMap<>();

    /** Creates an empty store. */
    public InMemoryAccountStore() {
    }

    @Override
    public synchronized void save(StoredAccount account) {
        accountsById.put(account.id(), account);
    }

    @Override
    public synchronized Optional<StoredAccount> load(String accountId) {
        return Optional.ofNullable(accountsById.get(accountId));
    }

    @Override
    public synchronized List<String> accountIds() {
        return new ArrayList<>(accountsById.keySet());
    }
}
