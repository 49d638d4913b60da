package dev.actors.sample.bank.transfer;

import java.util.Map;

import com.hazelcast.query.Predicate;

/**
 * The query of {@link ClusterTransferJournal#unfinished()}, run on each member over the entries it
 * owns. A class rather than an attribute predicate ({@code Predicates.equal("status", ...)}), so
 * that it does not depend on how Hazelcast extracts attributes from a record.
 */
final class UnfinishedTransfers implements Predicate<String, TransferRecord> {

    private static final long serialVersionUID = 1L;

    @Override
    public boolean apply(Map.Entry<String, TransferRecord> entry) {
        return !entry.getValue().status().isFinished();
    }
}
