package dev.actors.sample.bank.account;

import java.util.List;
import java.util.Optional;

import dev.actors.cluster.hazelcast.EntityCluster;
import dev.actors.cluster.hazelcast.EntityStateStore;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code cluster} profile's {@link AccountStore}: the entity cluster's state store
 * {@code accounts} ({@link EntityCluster#stateStore}, the IMap {@code actors.state.accounts} with
 * backup-count 1, see {@code cluster/hazelcast.yaml}), whose saves return once the account's
 * owner and its synchronous backup have it. So an account whose replica is killed comes back on
 * its new owner with what it saved last, which is every change it answered (it saves before it
 * answers). The list of accounts is the store's keys ({@link EntityStateStore#keys()}), in
 * opening order.
 */
@Component
@Profile("cluster")
public class ClusterAccountStore implements AccountStore {

    private final EntityStateStore<String, StoredAccount> accounts;

    /**
     * Creates the store on the cluster's state store.
     *
     * @param cluster this replica's entity cluster
     */
    public ClusterAccountStore(EntityCluster cluster) {
        this.accounts = cluster.stateStore("accounts");
    }

    @Override
    public void save(StoredAccount account) {
        accounts.save(account.id(), account);
    }

    @Override
    public Optional<StoredAccount> load(String accountId) {
        return accounts.load(accountId);
    }

    @Override
    public List<String> accountIds() {
        return accounts.keys().stream().sorted(AccountIds.OPENING_ORDER).toList();
    }
}
