package dev.actors.sample.bank.account;

/**
 * A plain message, sent with {@code ask}, whose reply is the account's
 * {@link AccountSnapshot}: how the bank's reports read every account at once.
 */
public enum BalanceInquiry {

    /** The only instance: the message carries no data. */
    INSTANCE
}
