package dev.actors.sample.bank.notify;

/**
 * Told to the {@link Notifier} for every transfer at or above the alert threshold.
 *
 * @param transferId the transfer
 * @param fromAccountId the payer
 * @param toAccountId the payee
 * @param amountCents the amount
 */
public record LargeTransferAlert(String transferId, String fromAccountId, String toAccountId, long amountCents) {
}
