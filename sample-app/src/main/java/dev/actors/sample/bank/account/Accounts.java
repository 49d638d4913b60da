package dev.actors.sample.bank.account;

import java.util.List;
import java.util.Optional;

/**
 * The bank's directory of accounts. Injected as a typed interface proxy of
 * {@link AccountDirectory}: every call is a blocking message to that actor.
 */
public interface Accounts {

    /**
     * Opens a new account with a zero balance: saves it in the {@link AccountStore}; its
     * {@link AccountActor} starts with the first message to it.
     *
     * @param owner the holder's name
     * @return the new account
     */
    AccountHandle open(String owner);

    /**
     * Looks an account up.
     *
     * @param accountId the id
     * @return the account, or empty when no account has that id
     */
    Optional<AccountHandle> find(String accountId);

    /**
     * Looks an account up, failing when it does not exist.
     *
     * @param accountId the id
     * @return the account
     * @throws dev.actors.sample.bank.AccountNotFoundException when no account has that id
     */
    AccountHandle require(String accountId);

    /**
     * Every account, in opening order.
     *
     * @return the accounts
     */
    List<AccountHandle> all();
}
