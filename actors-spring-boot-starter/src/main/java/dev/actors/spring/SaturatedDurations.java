package dev.actors.spring;

import java.time.Duration;

/**
 * Turns the starter's {@link Duration} properties into nanoseconds without overflowing: a
 * duration beyond {@link Long#MAX_VALUE} nanoseconds (about 292 years, e.g.
 * {@code actors.shutdown-timeout=1000000d}) means "no bound", as the actor runtime's own
 * timeouts do.
 */
final class SaturatedDurations {

    private SaturatedDurations() {
    }

    static long toNanos(Duration duration) {
        try {
            return duration.toNanos();
        }
        catch (ArithmeticException tooLong) {
            return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
