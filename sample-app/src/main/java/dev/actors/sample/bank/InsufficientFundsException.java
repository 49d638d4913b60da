package dev.actors.sample.bank;

/** A withdrawal or transfer asked for more than the account holds; nothing was moved. */
public class InsufficientFundsException extends BankException {

    private final String accountId;

    private final long balanceCents;

    private final long requestedCents;

    /**
     * Creates the exception.
     *
     * @param accountId the account that was debited
     * @param balanceCents its balance when the debit was refused
     * @param requestedCents the amount asked for
     */
    public InsufficientFundsException(String accountId, long balanceCents, long requestedCents) {
        super("Account " + accountId + " holds " + balanceCents + " cents, less than the " + requestedCents
                + " cents requested; nothing was debited");
        this.accountId = accountId;
        this.balanceCents = balanceCents;
        this.requestedCents = requestedCents;
    }

    /**
     * The account that was debited.
     *
     * @return its id
     */
    public String accountId() {
        return accountId;
    }

    /**
     * The balance when the debit was refused.
     *
     * @return the balance, in cents
     */
    public long balanceCents() {
        return balanceCents;
    }

    /**
     * The amount asked for.
     *
     * @return the amount, in cents
     */
    public long requestedCents() {
        return requestedCents;
    }
}
