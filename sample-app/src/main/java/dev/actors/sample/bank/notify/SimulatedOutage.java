package dev.actors.sample.bank.notify;

/**
 * A demo message: the {@link Notifier} throws when it handles it. Sent with {@code tell},
 * nobody waits for a reply, so the failure is unhandled: the notifier's {@code onFailure}
 * runs, the actor stops, and the {@code actors} health indicator reports DOWN.
 *
 * @param reason why, for the log
 */
public record SimulatedOutage(String reason) {
}
