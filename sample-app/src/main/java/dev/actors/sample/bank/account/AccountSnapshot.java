package dev.actors.sample.bank.account;

import java.io.Serializable;

/**
 * An account's state at one point in its message order. Serializable: in the {@code cluster}
 * profile it is the reply of an account's typed interface calls, sent back across members.
 *
 * @param id the account id ({@code ACC-1}, ...)
 * @param owner the holder's name
 * @param balanceCents the balance, in cents, never negative
 * @param frozen whether it refuses deposits, withdrawals and transfers
 * @param version how many balance changes it has made: equals its number of ledger entries
 */
public record AccountSnapshot(String id, String owner, long balanceCents, boolean frozen, long version) implements Serializable {
}
