package dev.actors;

import java.time.Duration;

/** Validates {@link Duration} arguments and turns them into nanoseconds. */
final class Timeouts {

    /** Nanoseconds meaning "wait forever" ({@code null} timeout). */
    static final long FOREVER = -1L;

    private Timeouts() {
    }

    /**
     * Converts a timeout to nanoseconds, saturating huge values.
     *
     * @param timeout the timeout, {@code null} for none
     * @param what what the timeout is for, used in the error message
     * @return the nanoseconds, or {@link #FOREVER} for {@code null}
     * @throws IllegalArgumentException if the timeout is negative
     */
    static long toNanos(Duration timeout, String what) {
        if (timeout == null) {
            return FOREVER;
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException(
                    "The timeout of " + what + " must not be negative, got " + timeout
                            + ": pass a positive Duration, Duration.ZERO to poll, or null to wait forever");
        }
        try {
            return timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Validates a duration that must be positive (not zero, not negative, not null).
     *
     * @param value the duration
     * @param what what it is, used in the error message
     * @return the value
     */
    static Duration requirePositive(Duration value, String what) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be a positive duration, got " + value);
        }
        return value;
    }

    /**
     * A non-negative duration in nanoseconds, saturating at {@link Long#MAX_VALUE}.
     *
     * @param value a duration, zero or more
     * @return its nanoseconds
     */
    static long saturatedNanos(Duration value) {
        try {
            return value.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
