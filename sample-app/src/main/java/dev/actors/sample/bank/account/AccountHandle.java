package dev.actors.sample.bank.account;

import dev.actors.ActorRef;

/**
 * How the bank reaches one account: its id, its actor's ref (for plain {@code ask}s and the
 * actuator) and a typed interface proxy (for everything else).
 *
 * @param id the account id
 * @param ref the account actor's ref
 * @param account a typed interface proxy of that actor
 */
public record AccountHandle(String id, ActorRef<AccountActor> ref, Account account) {
}
