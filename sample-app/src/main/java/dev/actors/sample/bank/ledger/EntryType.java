package dev.actors.sample.bank.ledger;

/** What moved money on an account. */
public enum EntryType {

    /** Cash paid in over the counter (or the opening deposit). */
    DEPOSIT,

    /** Cash paid out. */
    WITHDRAWAL,

    /** The debit half of a transfer. */
    TRANSFER_OUT,

    /** The credit half of a transfer. */
    TRANSFER_IN,

    /** Money given back to the payer of a transfer the payee refused. */
    REVERSAL
}
