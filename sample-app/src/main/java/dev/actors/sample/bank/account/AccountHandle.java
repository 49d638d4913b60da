package dev.actors.sample.bank.account;

import dev.actors.EntityRef;

/**
 * How the bank reaches one account: its id, its entity ref (for plain {@code ask}s), valid
 * whether or not the account's actor is live right now, and a typed interface proxy of it
 * (for everything else). Neither ever goes stale: each message starts the account's actor
 * again if it was passivated.
 *
 * @param id the account id
 * @param ref the account's entity ref
 * @param account a typed interface proxy through that ref
 */
public record AccountHandle(String id, EntityRef<String, AccountActor> ref, Account account) {
}
