package dev.actors.sample.bank.transfer;

/**
 * Moves money between accounts. Injected as a typed interface proxy of
 * {@link TransferCoordinator}.
 */
public interface Transfers {

    /**
     * Moves money; blocks the caller until done (at most {@code actors.ask-timeout}).
     * Either both sides are booked, or neither is (a refused credit is reversed); a transfer whose
     * account did not answer stays journaled and is completed later (in the {@code cluster} profile).
     *
     * @param order what to move
     * @return the receipt
     * @throws dev.actors.sample.bank.AccountNotFoundException for an unknown account
     * @throws dev.actors.sample.bank.InsufficientFundsException when the payer holds less
     * @throws dev.actors.sample.bank.AccountFrozenException when either account is frozen
     * @throws dev.actors.sample.bank.InvalidRequestException for a bad amount or a transfer to the same account
     * @throws dev.actors.sample.bank.TransferInDoubtException when an account did not answer, also after retries
     */
    TransferReceipt transfer(TransferOrder order);

}
