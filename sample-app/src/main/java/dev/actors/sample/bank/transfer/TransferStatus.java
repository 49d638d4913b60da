package dev.actors.sample.bank.transfer;

/** Where a transfer is, as the {@link TransferJournal} has it. */
public enum TransferStatus {

    /** Journaled, its steps under way (or in doubt, waiting for the recovery). */
    PENDING,

    /** Both sides booked: the payer debited, the payee credited. */
    DONE,

    /** The payee refused the credit: the payer's debit was given back. */
    REVERSED,

    /** The payer refused the debit (or an account is unknown): nothing moved. */
    FAILED;

    /**
     * Whether no step of the transfer will ever be sent again.
     *
     * @return {@code true} for every status but {@link #PENDING}
     */
    public boolean isFinished() {
        return this != PENDING;
    }
}
