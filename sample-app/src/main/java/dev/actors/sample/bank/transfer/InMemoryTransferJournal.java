package dev.actors.sample.bank.transfer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@link TransferJournal} of a single process: a concurrent map, for the life of the JVM.
 * Not in the {@code cluster} profile, which has {@link ClusterTransferJournal}.
 */
@Component
@Profile("!cluster")
public class InMemoryTransferJournal implements TransferJournal {

    private final ConcurrentMap<String, TransferRecord> transfers = new ConcurrentHashMap<>();

    /** Creates an empty journal. */
    public InMemoryTransferJournal() {
    }

    @Override
    public void save(TransferRecord transfer) {
        transfers.put(transfer.transferId(), transfer);
    }

    @Override
    public Optional<TransferRecord> find(String transferId) {
        return Optional.ofNullable(transfers.get(transferId));
    }

    @Override
    public Set<String> finishedAmong(Collection<String> transferIds) {
        return transferIds.stream().filter(id -> {
            TransferRecord transfer = transfers.get(id);
            return transfer != null && transfer.status().isFinished();
        }).collect(Collectors.toSet());
    }

    @Override
    public List<TransferRecord> unfinished() {
        return transfers.values().stream().filter(transfer -> !transfer.status().isFinished()).toList();
    }

    @Override
    public boolean claim(TransferRecord seen, TransferRecord claimed) {
        return transfers.replace(seen.transferId(), seen, claimed);
    }

    @Override
    public String localCoordinator() {
        return "this-process";
    }
}
