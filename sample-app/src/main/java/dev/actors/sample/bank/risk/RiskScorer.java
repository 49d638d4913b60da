package dev.actors.sample.bank.risk;

import java.util.ArrayList;
import java.util.List;

import dev.actors.VirtualThreadActor;
import dev.actors.sample.bank.ledger.EntryType;
import dev.actors.sample.bank.ledger.LedgerEntry;
import dev.actors.spring.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * Scores one account's ledger history for signs of fraud. A prototype actor on virtual
 * threads: the {@link RiskScoringPool} starts several and spreads the accounts over them,
 * so scoring runs in parallel while each scorer stays single-threaded. The rules are a
 * stand-in for a real model; what matters here is the fan-out.
 */
@Actor
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class RiskScorer extends VirtualThreadActor {

    private static final Logger log = LoggerFactory.getLogger(RiskScorer.class);

    private final long largeMovementCents;

    private long accountsScored;

    /** Creates a scorer that treats movements of 10,000.00 or more as large. */
    public RiskScorer() {
        this.largeMovementCents = 1_000_000;
    }

    /**
     * Scores an account.
     *
     * @param accountId the account
     * @param history its ledger entries, oldest first
     * @return the score
     */
    public RiskScore score(String accountId, List<LedgerEntry> history) {
        accountsScored++;
        List<String> reasons = new ArrayList<>();
        int score = 0;
        long large = history.stream().filter(entry -> Math.abs(entry.amountCents()) >= largeMovementCents).count();
        if (large > 0) {
            score += (int) Math.min(40, large * 10);
            reasons.add(large + " movements of 10,000.00 or more");
        }
        long reversals = history.stream().filter(entry -> entry.type() == EntryType.REVERSAL).count();
        if (reversals > 0) {
            score += (int) Math.min(30, reversals * 15);
            reasons.add(reversals + " reversed transfers");
        }
        long outgoing = history.stream().filter(entry -> entry.amountCents() < 0).count();
        if (history.size() >= 10 && outgoing * 10 >= history.size() * 8L) {
            score += 30;
            reasons.add("at least 80% of " + history.size() + " movements are outgoing");
        }
        int capped = Math.min(100, score);
        RiskLevel level = capped >= 60 ? RiskLevel.HIGH : capped >= 30 ? RiskLevel.MEDIUM : RiskLevel.LOW;
        return new RiskScore(accountId, capped, level, List.copyOf(reasons), actorUrn());
    }

    @Override
    protected void onStop() {
        log.info("Stopped risk scorer {} after scoring {} accounts", this, accountsScored);
    }
}
