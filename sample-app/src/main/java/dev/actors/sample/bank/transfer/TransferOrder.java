package dev.actors.sample.bank.transfer;

/**
 * A request to move money between two accounts.
 *
 * @param fromAccountId the payer
 * @param toAccountId the payee
 * @param amountCents the amount, positive
 */
public record TransferOrder(String fromAccountId, String toAccountId, long amountCents) {
}
