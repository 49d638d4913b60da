package dev.actors.sample.web;

/**
 * Body of {@code POST /api/accounts/{id}/deposits} and {@code .../withdrawals}.
 *
 * @param amountCents the amount in cents, required and positive
 * @param reference free text for the ledger; absent: the operation's name
 */
public record MoneyMovementRequest(Long amountCents, String reference) {
}
