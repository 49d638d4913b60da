package dev.actors.sample.bank;

/** No account has the given id. */
public class AccountNotFoundException extends BankException {

    private final String accountId;

    /**
     * Creates the exception.
     *
     * @param accountId the unknown id
     */
    public AccountNotFoundException(String accountId) {
        super("No account has the id '" + accountId + "': list the accounts with GET /api/accounts");
        this.accountId = accountId;
    }

    /**
     * The unknown id.
     *
     * @return the id that was asked for
     */
    public String accountId() {
        return accountId;
    }
}
