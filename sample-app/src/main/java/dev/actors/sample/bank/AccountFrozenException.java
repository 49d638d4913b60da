package dev.actors.sample.bank;

/** The account is frozen: it takes no deposits, withdrawals or transfers until unfrozen. */
public class AccountFrozenException extends BankException {

    private final String accountId;

    /**
     * Creates the exception.
     *
     * @param accountId the frozen account
     */
    public AccountFrozenException(String accountId) {
        super("Account " + accountId + " is frozen; unfreeze it with POST /api/accounts/" + accountId + "/unfreeze");
        this.accountId = accountId;
    }

    /**
     * The frozen account.
     *
     * @return its id
     */
    public String accountId() {
        return accountId;
    }
}
