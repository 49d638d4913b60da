package dev.actors.sample.bank.account;

/**
 * The first message every {@link AccountActor} receives, sent with a plain {@code tell} by
 * the {@link AccountDirectory}: gives the new actor its identity.
 *
 * @param id the account id
 * @param owner the holder's name
 */
public record OpenAccount(String id, String owner) {
}
