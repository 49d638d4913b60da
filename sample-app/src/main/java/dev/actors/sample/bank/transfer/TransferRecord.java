package dev.actors.sample.bank.transfer;

import java.io.Serializable;
import java.time.Instant;

/**
 * A transfer as the {@link TransferJournal} has it. Serializable: the {@code cluster} profile's
 * journal is an IMap.
 *
 * @param transferId the transfer ({@code TRF-n})
 * @param fromAccountId the payer
 * @param toAccountId the payee
 * @param amountCents the amount
 * @param status where it is
 * @param coordinator who drives its steps: the coordinating process ({@link TransferJournal#localCoordinator()}),
 *     or {@code null} once its coordinator gave up on it (the recovery takes it)
 * @param startedAt when it was journaled
 * @param outcome why it was reversed or failed, {@code null} otherwise
 */
public record TransferRecord(String transferId, String fromAccountId, String toAccountId, long amountCents,
        TransferStatus status, String coordinator, Instant startedAt, String outcome) implements Serializable {

    /**
     * A new transfer, {@link TransferStatus#PENDING}.
     *
     * @param transferId the id
     * @param order what to move
     * @param coordinator who drives it
     * @return the record to journal before its first step
     */
    public static TransferRecord pending(String transferId, TransferOrder order, String coordinator) {
        return new TransferRecord(transferId, order.fromAccountId(), order.toAccountId(), order.amountCents(),
                TransferStatus.PENDING, coordinator, Instant.now(), null);
    }

    /**
     * This transfer, finished.
     *
     * @param finalStatus its status
     * @param why why it was reversed or failed ({@code null} when done)
     * @return the record
     */
    public TransferRecord finished(TransferStatus finalStatus, String why) {
        return new TransferRecord(transferId, fromAccountId, toAccountId, amountCents, finalStatus, coordinator,
                startedAt, why);
    }

    /**
     * This transfer, driven by someone else.
     *
     * @param newCoordinator who drives it now, {@code null} for nobody (the recovery takes it)
     * @return the record
     */
    public TransferRecord coordinatedBy(String newCoordinator) {
        return new TransferRecord(transferId, fromAccountId, toAccountId, amountCents, status, newCoordinator,
                startedAt, outcome);
    }
}
