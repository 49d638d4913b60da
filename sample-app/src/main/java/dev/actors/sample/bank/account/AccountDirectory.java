package dev.actors.sample.bank.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.actors.ActorRef;
import dev.actors.ThreadingActor;
import dev.actors.sample.bank.AccountNotFoundException;
import dev.actors.sample.bank.InvalidRequestException;
import dev.actors.spring.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The directory of accounts, a singleton actor on a platform thread. It hands out account
 * ids one at a time (no two accounts can get the same id, with no lock) and starts one
 * {@link AccountActor} per account through an {@code ObjectProvider}: every
 * {@code getObject()} of a prototype {@code @Actor} starts a new actor, which the context
 * stops at shutdown with all the others.
 *
 * <p>It only tells the new account its identity and never waits on an account, so a slow
 * account cannot hold up the directory.
 */
@Actor
public class AccountDirectory extends ThreadingActor implements Accounts {

    private static final Logger log = LoggerFactory.getLogger(AccountDirectory.class);

    private final ObjectProvider<ActorRef<AccountActor>> newAccountActor;

    private final Map<String, AccountHandle> accountsById = new LinkedHashMap<>();

    private long lastNumber;

    /**
     * Creates the directory.
     *
     * @param newAccountActor starts a new account actor on each {@code getObject()}
     */
    public AccountDirectory(ObjectProvider<ActorRef<AccountActor>> newAccountActor) {
        this.newAccountActor = newAccountActor;
    }

    @Override
    public AccountHandle open(String owner) {
        String checkedOwner = InvalidRequestException.requireText("owner", owner);
        String id = "ACC-" + (++lastNumber);
        ActorRef<AccountActor> ref = newAccountActor.getObject();
        // First message in the new actor's mailbox: every later call sees the identity.
        ref.tell(new OpenAccount(id, checkedOwner));
        AccountHandle handle = new AccountHandle(id, ref, ref.proxy(Account.class));
        accountsById.put(id, handle);
        log.info("Opened account {} for {} ({})", id, checkedOwner, ref);
        return handle;
    }

    @Override
    public Optional<AccountHandle> find(String accountId) {
        return Optional.ofNullable(accountsById.get(accountId));
    }

    @Override
    public AccountHandle require(String accountId) {
        return find(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
    }

    @Override
    public List<AccountHandle> all() {
        return List.copyOf(accountsById.values());
    }

    @Override
    protected void onStop() {
        log.info("Stopped the account directory ({}) holding {} accounts", this, accountsById.size());
    }
}
