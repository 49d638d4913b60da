package dev.actors.sample.bank.ledger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.actors.ThreadingActor;
import dev.actors.spring.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;

/**
 * The ledger, a singleton actor on its own platform thread ({@link ThreadingActor}). Accounts
 * post to it with fire-and-forget calls, so it never slows them down, and it stamps each
 * posting with a gap-free sequence number: the journal is a total order of every balance
 * change in the bank. It calls no other actor, so nothing can wait on it in a cycle.
 *
 * <p>Its maps are plain collections: only the actor's thread touches them, one message at
 * a time. What it returns is copied, because actors pass replies as they are: handing out
 * the live lists would let a caller's thread read them while this actor writes them.
 * The journal is kept in memory for the life of the process (this is a demo, not a bank). Not in
 * the {@code cluster} profile, whose replicas share {@link ClusterLedger} instead.
 */
@Actor
@Profile("!cluster")
public class InMemoryLedger extends ThreadingActor implements Ledger {

    private static final Logger log = LoggerFactory.getLogger(InMemoryLedger.class);

    private final Clock clock;

    private final Map<String, List<LedgerEntry>> entriesByAccount = new LinkedHashMap<>();

    private final Map<String, Long> balanceByAccount = new LinkedHashMap<>();

    private final Map<String, Long> versionByAccount = new LinkedHashMap<>();

    private long sequence;

    private long netCents;

    /** Creates the ledger, stamping entries with the system clock. */
    public InMemoryLedger() {
        this.clock = Clock.systemUTC();
    }

    @Override
    public void record(Posting posting) {
        if (posting.accountVersion() <= versionByAccount.getOrDefault(posting.accountId(), 0L)) {
            return; // journaled already: the account posted its last change again when it started
        }
        versionByAccount.put(posting.accountId(), posting.accountVersion());
        LedgerEntry entry = new LedgerEntry(++sequence, clock.instant(), posting.accountId(), posting.type(),
                posting.amountCents(), posting.balanceAfterCents(), posting.reference());
        entriesByAccount.computeIfAbsent(posting.accountId(), id -> new ArrayList<>()).add(entry);
        balanceByAccount.merge(posting.accountId(), posting.amountCents(), Long::sum);
        netCents += posting.amountCents();
    }

    @Override
    public List<LedgerEntry> entriesOf(String accountId) {
        return List.copyOf(entriesByAccount.getOrDefault(accountId, List.of()));
    }

    @Override
    public Map<String, List<LedgerEntry>> entriesByAccount() {
        Map<String, List<LedgerEntry>> copy = new LinkedHashMap<>();
        entriesByAccount.forEach((id, entries) -> copy.put(id, List.copyOf(entries)));
        return copy;
    }

    @Override
    public LedgerTotals totals() {
        return new LedgerTotals(sequence, netCents, new LinkedHashMap<>(balanceByAccount));
    }

    @Override
    protected void onStop() {
        log.info("Stopped the ledger ({}) after journaling {} entries", this, sequence);
    }
}
