package dev.actors.sample.web;

/**
 * Body of {@code POST /api/transfers}.
 *
 * @param fromAccountId the payer, required
 * @param toAccountId the payee, required, another account
 * @param amountCents the amount in cents, required and positive
 */
public record TransferRequest(String fromAccountId, String toAccountId, Long amountCents) {
}
