package dev.actors.sample.bank.transfer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The journal of transfers: the {@link TransferCoordinator} records each transfer
 * {@link TransferStatus#PENDING PENDING} before its first step and finished before it answers, so a
 * transfer a client saw acknowledged is in it as {@link TransferStatus#DONE DONE}. Accounts read it
 * to forget the steps of finished transfers (see {@link dev.actors.sample.bank.account.AccountActor}).
 * {@link InMemoryTransferJournal} keeps it in this process; {@link ClusterTransferJournal} (the
 * {@code cluster} profile) in an IMap with a synchronous backup, where {@link TransferRecovery}
 * finds the transfers a crashed replica left unfinished. Thread-safe.
 */
public interface TransferJournal {

    /**
     * Records a transfer, replacing what was recorded for its id.
     *
     * @param transfer the record
     */
    void save(TransferRecord transfer);

    /**
     * Reads a transfer.
     *
     * @param transferId the id
     * @return the record, empty if no transfer has that id
     */
    Optional<TransferRecord> find(String transferId);

    /**
     * The transfers of {@code transferIds} that are finished.
     *
     * @param transferIds ids
     * @return those whose record is finished (a transfer with no record is not)
     */
    Set<String> finishedAmong(Collection<String> transferIds);

    /**
     * The transfers not finished yet.
     *
     * @return their records
     */
    List<TransferRecord> unfinished();

    /**
     * Replaces a record only if it is still exactly {@code seen}: how one recovering replica, and
     * only one, takes a transfer over.
     *
     * @param seen the record as read
     * @param claimed the new record
     * @return whether it was replaced
     */
    boolean claim(TransferRecord seen, TransferRecord claimed);

    /**
     * Who coordinates the transfers started in this process, as {@link TransferRecord#coordinator()}
     * names it: its Hazelcast member's UUID in the {@code cluster} profile.
     *
     * @return the name
     */
    String localCoordinator();
}
