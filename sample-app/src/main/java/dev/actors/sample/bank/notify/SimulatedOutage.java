package dev.actors.sample.bank.notify;

/**
 * A demo message: the {@link Notifier} throws when it handles it. Sent with {@code tell},
 * nobody waits for a reply, so the failure is unhandled: the notifier's {@code onFailure}
 * runs and its restart policy replaces it with a new instance after a backoff (the fourth
 * within a minute stops it for good, and the {@code actors} health indicator reports DOWN).
 *
 * @param reason why, for the log
 */
public record SimulatedOutage(String reason) {
}
