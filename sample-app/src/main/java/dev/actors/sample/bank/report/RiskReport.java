package dev.actors.sample.bank.report;

import java.util.List;

import dev.actors.sample.bank.risk.RiskScore;

/**
 * Every account's fraud-risk score.
 *
 * @param scorers how many pool actors shared the work
 * @param scores one score per account that has ledger entries, highest first
 */
public record RiskReport(int scorers, List<RiskScore> scores) {
}
