package dev.actors;

/**
 * A timer's message on its way through the mailbox: the loop asks {@link Timers#accept} whether
 * its timer is still the current one before handling {@link #message}.
 *
 * <p>SKELETON: implemented by the timers branch.
 */
final class TimerMessage {

    final Object message;

    TimerMessage(Object message) {
        this.message = message;
    }

    @Override
    public String toString() {
        return "TimerMessage(" + message + ")";
    }
}
