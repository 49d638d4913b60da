package dev.actors.sample.bank;

/** No transfer has the given id. */
public class TransferNotFoundException extends BankException {

    private final String transferId;

    /**
     * Creates the exception.
     *
     * @param transferId the unknown id
     */
    public TransferNotFoundException(String transferId) {
        super("No transfer has the id '" + transferId + "': transfer ids are the 'transferId' of a transfer's "
                + "receipt (TRF-1, ...)");
        this.transferId = transferId;
    }

    /**
     * The unknown id.
     *
     * @return the id that was asked for
     */
    public String transferId() {
        return transferId;
    }
}
