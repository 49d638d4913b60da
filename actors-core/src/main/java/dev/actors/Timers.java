package dev.actors;

import java.time.Duration;

/**
 * An actor's timers: messages it sends itself later, once or periodically, through its own
 * mailbox and in order with everything else. Get them with {@link Actor#timers()}, from the
 * actor's own thread only. A timer has a key: starting one with a key in use replaces it, and
 * once {@link #cancel(Object)} (or the replacing start) returns, the old timer's message is never
 * handled, even if it was already queued. All timers end when the actor stops or restarts. One
 * scheduler per registry drives them (daemon threads; no thread per timer or per actor).
 * Pekko: {@code TimerScheduler} ({@code Timers} trait); Pykka: none (its issue #53).
 *
 * <p>SKELETON: implemented by the timers branch.
 */
public final class Timers {

    private final Actor home;

    Timers(Actor home) {
        this.home = home;
    }

    /**
     * Tells {@code message} to this actor once, after {@code delay}. Pekko: {@code startSingleTimer}.
     *
     * @param key the timer's key (replaces a timer with an equal key)
     * @param message the message
     * @param delay the delay, zero or more
     */
    public void startSingle(Object key, Object message, Duration delay) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Tells {@code message} to this actor after {@code initialDelay}, then every {@code period}.
     * Pekko: {@code startTimerAtFixedRate}.
     *
     * @param key the timer's key
     * @param message the message
     * @param initialDelay the first delay, zero or more
     * @param period the period, positive
     */
    public void startAtFixedRate(Object key, Object message, Duration initialDelay, Duration period) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Tells {@code message} to this actor after {@code initialDelay}, then {@code delay} after each
     * time it was sent. Pekko: {@code startTimerWithFixedDelay}.
     *
     * @param key the timer's key
     * @param message the message
     * @param initialDelay the first delay, zero or more
     * @param delay the delay between sends, positive
     */
    public void startWithFixedDelay(Object key, Object message, Duration initialDelay, Duration delay) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Cancels the timer with this key, if any. Pekko: {@code cancel(key)}.
     *
     * @param key the key
     */
    public void cancel(Object key) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Cancels every timer of this actor. Pekko: {@code cancelAll()}. */
    public void cancelAll() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Whether a timer with this key is active. Pekko: {@code isTimerActive(key)}.
     *
     * @param key the key
     * @return whether it is active
     */
    public boolean isActive(Object key) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * The loop's check, on the actor's thread, for a timer message it took: the message to
     * handle, or {@code null} when its timer was cancelled or replaced meanwhile (then it is
     * skipped, not handled and not a dead letter).
     */
    Object accept(TimerMessage timerMessage) {
        return timerMessage.message;
    }

    /** Ends every timer: the actor stops or restarts (called by the loop on the actor's thread). */
    void endAll() {
    }
}
