package dev.actors.sample.bank.risk;

import java.util.List;

/**
 * One account's fraud-risk score.
 *
 * @param accountId the account
 * @param score 0 (no signal) to 100
 * @param level the score's band
 * @param reasons the signals that raised the score
 * @param scoredBy the URN of the pool actor that computed it (shows the fan-out)
 */
public record RiskScore(String accountId, int score, RiskLevel level, List<String> reasons, String scoredBy) {
}
