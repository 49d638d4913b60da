package dev.actors.sample.bank.ledger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
import dev.actors.sample.bank.account.AccountIds;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code cluster} profile's {@link Ledger}: a plain bean over the IMap {@code bank.ledger},
 * which every replica reads and writes, one entry per account and version ({@code ACC-1/7}).
 * {@link #record} is synchronous: it returns once the entry's owner and its synchronous backup
 * have the posting (backup-count 1, see {@code cluster/hazelcast.yaml}), so an account's change
 * is journaled before the account answers, and a crash of any one replica loses no posting. It
 * journals with {@code putIfAbsent}, so a posting sent again (by an account's next incarnation,
 * after a crash) keeps its first entry. An entry's {@link LedgerEntry#sequence() sequence} is its
 * position in its account's journal (a bank-wide gap-free count would need a cluster-wide lock).
 * Reads scan the map: fine for a demo's few thousand entries, not for a bank's.
 */
@Component
@Profile("cluster")
public class ClusterLedger implements Ledger {

    /** The IMap of the journal. */
    public static final String MAP_NAME = "bank.ledger";

    private final IMap<String, LedgerEntry> entries;

    private final Clock clock = Clock.systemUTC();

    /**
     * Creates the ledger on the cluster's map.
     *
     * @param hazelcast this replica's member
     */
    public ClusterLedger(HazelcastInstance hazelcast) {
        this.entries = hazelcast.getMap(MAP_NAME);
    }

    @Override
    public void record(Posting posting) {
        LedgerEntry entry = new LedgerEntry(posting.accountVersion(), clock.instant(), posting.accountId(),
                posting.type(), posting.amountCents(), posting.balanceAfterCents(), posting.reference());
        entries.putIfAbsent(posting.accountId() + "/" + posting.accountVersion(), entry);
    }

    @Override
    public List<LedgerEntry> entriesOf(String accountId) {
        return inJournalOrder(entries.values(Predicates.like("__key", accountId + "/%")));
    }

    @Override
    public Map<String, List<LedgerEntry>> entriesByAccount() {
        Map<String, List<LedgerEntry>> byAccount = new TreeMap<>(AccountIds.OPENING_ORDER);
        for (LedgerEntry entry : inJournalOrder(entries.values())) {
            byAccount.computeIfAbsent(entry.accountId(), id -> new ArrayList<>()).add(entry);
        }
        Map<String, List<LedgerEntry>> copy = new LinkedHashMap<>();
        byAccount.forEach((id, list) -> copy.put(id, List.copyOf(list)));
        return copy;
    }

    @Override
    public LedgerTotals totals() {
        Collection<LedgerEntry> all = entries.values();
        Map<String, Long> balances = new TreeMap<>(AccountIds.OPENING_ORDER);
        long net = 0;
        for (LedgerEntry entry : all) {
            balances.merge(entry.accountId(), entry.amountCents(), Long::sum);
            net += entry.amountCents();
        }
        return new LedgerTotals(all.size(), net, new LinkedHashMap<>(balances));
    }

    private static List<LedgerEntry> inJournalOrder(Collection<LedgerEntry> entries) {
        return entries.stream().sorted(Comparator.comparing(LedgerEntry::accountId, AccountIds.OPENING_ORDER)
                .thenComparingLong(LedgerEntry::sequence)).toList();
    }
}
