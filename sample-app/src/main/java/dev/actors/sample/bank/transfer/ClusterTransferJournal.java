package dev.actors.sample.bank.transfer;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code cluster} profile's {@link TransferJournal}: the IMap {@code bank.transfers}, whose
 * writes return once the entry's owner and its synchronous backup have them (backup-count 1, see
 * {@code cluster/hazelcast.yaml}), so a journaled transfer survives the crash of any one replica.
 */
@Component
@Profile("cluster")
public class ClusterTransferJournal implements TransferJournal {

    /** The IMap of the journal. */
    public static final String MAP_NAME = "bank.transfers";

    private final IMap<String, TransferRecord> transfers;

    private final String localMember;

    /**
     * Creates the journal on the cluster's map.
     *
     * @param hazelcast this replica's member
     */
    public ClusterTransferJournal(HazelcastInstance hazelcast) {
        this.transfers = hazelcast.getMap(MAP_NAME);
        this.localMember = hazelcast.getCluster().getLocalMember().getUuid().toString();
    }

    @Override
    public void save(TransferRecord transfer) {
        transfers.set(transfer.transferId(), transfer);
    }

    @Override
    public Optional<TransferRecord> find(String transferId) {
        return Optional.ofNullable(transfers.get(transferId));
    }

    @Override
    public Set<String> finishedAmong(Collection<String> transferIds) {
        Set<String> finished = new HashSet<>();
        transfers.getAll(new HashSet<>(transferIds)).forEach((id, transfer) -> {
            if (transfer.status().isFinished()) {
                finished.add(id);
            }
        });
        return finished;
    }

    @Override
    public List<TransferRecord> unfinished() {
        return List.copyOf(transfers.values(new UnfinishedTransfers()));
    }

    @Override
    public boolean claim(TransferRecord seen, TransferRecord claimed) {
        return transfers.replace(seen.transferId(), seen, claimed);
    }

    @Override
    public String localCoordinator() {
        return localMember;
    }
}
