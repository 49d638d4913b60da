package dev.actors.sample.bank;

/**
 * A transfer whose step got no definite answer in time: an account it needs did not answer (its
 * replica left the cluster, or it is too busy) or could not save the step, also after retries for
 * a while. The transfer is journaled
 * and unfinished; nothing is lost: its steps are idempotent, so the recovery
 * ({@code TransferRecovery}) completes it (or reverses it) later, on a live replica in the
 * {@code cluster} profile. Read its outcome with
 * {@code GET /api/transfers/{id}}.
 */
public class TransferInDoubtException extends BankException {

    private final String transferId;

    /**
     * Creates the exception.
     *
     * @param transferId the transfer
     * @param step the step that got no answer ({@code debit}, {@code credit}, {@code reverse})
     * @param accountId the account that did not answer
     * @param cause the last failure
     */
    public TransferInDoubtException(String transferId, String step, String accountId, RuntimeException cause) {
        super("Transfer " + transferId + " is in doubt: its " + step + " on account " + accountId
                + " got no definite answer in time (" + cause.getMessage() + "). It stays journaled and will be completed or reversed; "
                + "read its outcome with GET /api/transfers/" + transferId, cause);
        this.transferId = transferId;
    }

    /**
     * The transfer.
     *
     * @return its id
     */
    public String transferId() {
        return transferId;
    }
}
