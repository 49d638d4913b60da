package dev.actors.sample.bank.account;

import java.util.List;
import java.util.Optional;

import dev.actors.Entities;
import dev.actors.EntityRef;
import dev.actors.ThreadingActor;
import dev.actors.sample.bank.AccountNotFoundException;
import dev.actors.sample.bank.InvalidRequestException;
import dev.actors.sample.bank.numbering.SerialNumbers;
import dev.actors.spring.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directory of accounts, a singleton actor on a platform thread. It hands out account
 * ids ({@link SerialNumbers}: no two accounts get the same id, across the replicas too in the
 * {@code cluster} profile) and saves each new account in the {@link AccountStore}, so every
 * replica's directory sees every account; the accounts themselves are entities
 * ({@code Entities<String, AccountActor>}, injected): one {@link AccountActor} per account id,
 * started by the first message to it and passivated when idle, so the directory starts no actor
 * and holds none.
 *
 * <p>It never waits on an account, so a slow account cannot hold up the directory.
 */
@Actor
public class AccountDirectory extends ThreadingActor implements Accounts {

    private static final Logger log = LoggerFactory.getLogger(AccountDirectory.class);

    private final Entities<String, AccountActor> accounts;

    private final AccountStore store;

    private final SerialNumbers serialNumbers;

    private long opened;

    /**
     * Creates the directory.
     *
     * @param accounts the account entities: one actor per account id, on demand
     * @param store where accounts are saved
     * @param serialNumbers where account numbers come from
     */
    public AccountDirectory(Entities<String, AccountActor> accounts, AccountStore store, SerialNumbers serialNumbers) {
        this.accounts = accounts;
        this.store = store;
        this.serialNumbers = serialNumbers;
    }

    @Override
    public AccountHandle open(String owner) {
        String checkedOwner = InvalidRequestException.requireText("owner", owner);
        String id = "ACC-" + serialNumbers.next("account");
        // Saved before any message can reach the account: its actor loads it in onStart().
        store.save(StoredAccount.opened(id, checkedOwner));
        opened++;
        log.info("Opened account {} for {}", id, checkedOwner);
        return handle(id);
    }

    @Override
    public Optional<AccountHandle> find(String accountId) {
        return store.load(accountId).map(account -> handle(account.id()));
    }

    @Override
    public AccountHandle require(String accountId) {
        return find(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
    }

    @Override
    public List<AccountHandle> all() {
        return store.accountIds().stream().map(this::handle).toList();
    }

    @Override
    protected void onStop() {
        log.info("Stopped the account directory ({}) after opening {} accounts", this, opened);
    }

    private AccountHandle handle(String id) {
        EntityRef<String, AccountActor> ref = accounts.ref(id);
        return new AccountHandle(id, ref, ref.proxy(Account.class));
    }
}
