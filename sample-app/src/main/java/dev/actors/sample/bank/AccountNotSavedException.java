package dev.actors.sample.bank;

/**
 * An account could not save a change (its store, the cluster's map in the {@code cluster}
 * profile, failed or timed out), so it did not apply it: its balance is as before, and the same
 * request may be sent again (a transfer's step is, by the coordinator). Not a refusal: nothing is
 * wrong with the request. Should the store have taken the write despite the failure, the account's
 * next saved change replaces it; only if the account's replica crashes first does its next
 * incarnation start from it (for a transfer step, harmlessly: the step is then known as applied).
 */
public class AccountNotSavedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String accountId;

    /**
     * Creates the exception.
     *
     * @param accountId the account
     * @param cause the store's failure
     */
    public AccountNotSavedException(String accountId, RuntimeException cause) {
        super("Account " + accountId + " could not save its change (" + cause + "), so it did not apply it; "
                + "send the request again", cause);
        this.accountId = accountId;
    }

    /**
     * The account.
     *
     * @return its id
     */
    public String accountId() {
        return accountId;
    }
}
