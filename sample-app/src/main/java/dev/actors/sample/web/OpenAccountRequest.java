package dev.actors.sample.web;

/**
 * Body of {@code POST /api/accounts}.
 *
 * @param owner the holder's name, required
 * @param initialDepositCents an opening deposit in cents; absent or 0: none
 */
public record OpenAccountRequest(String owner, Long initialDepositCents) {
}
