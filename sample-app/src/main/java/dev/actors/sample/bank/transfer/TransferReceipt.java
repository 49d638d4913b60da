package dev.actors.sample.bank.transfer;

import dev.actors.sample.bank.account.AccountSnapshot;

/**
 * A completed transfer.
 *
 * @param transferId the transfer ({@code TRF-1}, ...), as written in the ledger
 * @param amountCents the amount moved
 * @param from the payer right after the debit
 * @param to the payee right after the credit
 */
public record TransferReceipt(String transferId, long amountCents, AccountSnapshot from, AccountSnapshot to) {
}
