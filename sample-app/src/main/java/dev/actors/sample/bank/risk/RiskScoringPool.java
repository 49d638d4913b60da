package dev.actors.sample.bank.risk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.actors.ActorFuture;
import dev.actors.ActorProxy;
import dev.actors.sample.bank.ledger.LedgerEntry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A fixed pool of {@link RiskScorer} actors, started at boot through an
 * {@code ObjectProvider<ActorProxy<RiskScorer>>} (each {@code getObject()} starts one).
 * A report fans the accounts out over the pool round-robin, one future per account, and
 * collects them with {@link ActorFuture#getAll}: Pykka's {@code get_all}.
 */
@Component
public class RiskScoringPool {

    private final List<ActorProxy<RiskScorer>> scorers = new ArrayList<>();

    /**
     * Starts the pool.
     *
     * @param newScorer starts a new scorer actor on each {@code getObject()}
     * @param size how many scorers ({@code bank.risk.pool-size}, default 4)
     */
    public RiskScoringPool(ObjectProvider<ActorProxy<RiskScorer>> newScorer,
            @Value("${bank.risk.pool-size:4}") int size) {
        if (size < 1) {
            throw new IllegalArgumentException("bank.risk.pool-size must be at least 1, was " + size);
        }
        for (int i = 0; i < size; i++) {
            scorers.add(newScorer.getObject());
        }
    }

    /**
     * Scores every account in parallel.
     *
     * @param historyByAccount each account's ledger entries
     * @param timeout how long to wait for each score
     * @return the scores, in the map's order
     */
    public List<RiskScore> scoreAll(Map<String, List<LedgerEntry>> historyByAccount, Duration timeout) {
        List<ActorFuture<RiskScore>> futures = new ArrayList<>();
        int next = 0;
        for (Map.Entry<String, List<LedgerEntry>> account : historyByAccount.entrySet()) {
            ActorProxy<RiskScorer> scorer = scorers.get(next++ % scorers.size());
            futures.add(scorer.call(s -> s.score(account.getKey(), account.getValue())));
        }
        return ActorFuture.getAll(futures, timeout);
    }

    /**
     * The pool's size.
     *
     * @return how many scorers it holds
     */
    public int size() {
        return scorers.size();
    }
}
