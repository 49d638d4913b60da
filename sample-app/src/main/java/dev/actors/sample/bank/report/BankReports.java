package dev.actors.sample.bank.report;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.actors.ActorFuture;
import dev.actors.ActorProxy;
import dev.actors.ActorRegistry;
import dev.actors.sample.bank.account.AccountDirectory;
import dev.actors.sample.bank.account.AccountHandle;
import dev.actors.sample.bank.account.AccountSnapshot;
import dev.actors.sample.bank.account.BalanceInquiry;
import dev.actors.sample.bank.ledger.Ledger;
import dev.actors.sample.bank.ledger.LedgerEntry;
import dev.actors.sample.bank.ledger.LedgerTotals;
import dev.actors.sample.bank.risk.RiskScore;
import dev.actors.sample.bank.risk.RiskScoringPool;
import org.springframework.stereotype.Service;

/**
 * Reads many actors at once: asks every account in parallel and gathers the replies with
 * {@link ActorFuture#getAll} (Pykka's {@code get_all}), and fans risk scoring out over the
 * {@link RiskScoringPool}. A plain Spring service: not every bean needs to be an actor.
 */
@Service
public class BankReports {

    private final ActorProxy<AccountDirectory> directory;

    private final Ledger ledger;

    private final RiskScoringPool riskScoringPool;

    private final ActorRegistry registry;

    /**
     * Creates the service.
     *
     * @param directory the account directory, as an {@code ActorProxy}
     * @param ledger the ledger, as a typed interface proxy
     * @param riskScoringPool the pool of risk scorers
     * @param registry the context's actor registry, for its ask timeout
     */
    public BankReports(ActorProxy<AccountDirectory> directory, Ledger ledger, RiskScoringPool riskScoringPool,
            ActorRegistry registry) {
        this.directory = directory;
        this.ledger = ledger;
        this.riskScoringPool = riskScoringPool;
        this.registry = registry;
    }

    /**
     * Reads every account, all at once: one {@code ask} per account actor, then one wait.
     *
     * @return the accounts, in opening order
     */
    public List<AccountSnapshot> snapshots() {
        Duration timeout = registry.askTimeout();
        List<AccountHandle> accounts = directory.call(AccountDirectory::all).get(timeout);
        List<ActorFuture<AccountSnapshot>> replies = accounts.stream()
                .map(account -> account.ref().<AccountSnapshot>ask(BalanceInquiry.INSTANCE))
                .toList();
        return ActorFuture.getAll(replies, timeout);
    }

    /**
     * Adds up the accounts and checks them against the ledger.
     *
     * @return the summary
     */
    public BankSummary summary() {
        List<AccountSnapshot> accounts = snapshots();
        LedgerTotals totals = ledger.totals();
        long total = accounts.stream().mapToLong(AccountSnapshot::balanceCents).sum();
        boolean eachMatches = accounts.stream().allMatch(account ->
                account.balanceCents() == totals.balanceCentsByAccount().getOrDefault(account.id(), 0L));
        long frozen = accounts.stream().filter(AccountSnapshot::frozen).count();
        return new BankSummary(accounts.size(), frozen, total, totals.entries(), totals.netCents(),
                eachMatches && total == totals.netCents());
    }

    /**
     * Scores every account with ledger entries, in parallel over the pool.
     *
     * @return the report, riskiest accounts first
     */
    public RiskReport riskReport() {
        Map<String, List<LedgerEntry>> histories = ledger.entriesByAccount();
        List<RiskScore> scores = riskScoringPool.scoreAll(histories, registry.askTimeout()).stream()
                .sorted(Comparator.comparingInt(RiskScore::score).reversed().thenComparing(RiskScore::accountId))
                .toList();
        return new RiskReport(riskScoringPool.size(), scores);
    }
}
