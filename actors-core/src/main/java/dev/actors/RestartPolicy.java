package dev.actors;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What happens to an actor whose {@code tell}-ed message failed: Pykka's rule is to stop it for
 * good ({@link #never()}); {@link #onFailure()} restarts it with a fresh instance from its factory,
 * a bounded number of times, after an exponential backoff. Return one from
 * {@link Actor#restartPolicy()} and start the actor with
 * {@link ActorRegistry#startFrom(java.util.function.Supplier)}. Immutable and thread-safe.
 *
 * <p>Pekko: a {@code SupervisorStrategy} with {@code Restart} (the bounds of
 * {@code OneForOneStrategy(maxNrOfRetries, withinTimeRange)}) combined with
 * {@code BackoffOpts.onFailure(minBackoff, maxBackoff, randomFactor = 0.2)}. Pykka: none (its
 * issue #42).
 *
 * <pre>{@code
 * class Notifier extends VirtualThreadActor {
 *     @Override
 *     protected RestartPolicy restartPolicy() {
 *         return RestartPolicy.onFailure().withMaxRestarts(5, Duration.ofMinutes(1));
 *     }
 * }
 * ActorRef<Notifier> notifier = registry.startFrom(Notifier::new);
 * }</pre>
 */
public final class RestartPolicy {

    private static final RestartPolicy NEVER = new RestartPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    private static final RestartPolicy ON_FAILURE = new RestartPolicy(3, Duration.ofMinutes(1), Duration.ofMillis(100),
            Duration.ofSeconds(10));
    /** The backoff is multiplied by a random factor in {@code [1 - JITTER, 1 + JITTER)}. */
    private static final double JITTER = 0.2;

    private final int maxRestarts;
    private final Duration within;
    private final Duration minBackoff;
    private final Duration maxBackoff;

    private RestartPolicy(int maxRestarts, Duration within, Duration minBackoff, Duration maxBackoff) {
        this.maxRestarts = maxRestarts;
        this.within = within;
        this.minBackoff = minBackoff;
        this.maxBackoff = maxBackoff;
    }

    /**
     * Never restart: a failed {@code tell} stops the actor for good (Pykka's rule, the default).
     * Pekko: {@code SupervisorStrategy.stoppingStrategy}.
     *
     * @return the policy
     */
    public static RestartPolicy never() {
        return NEVER;
    }

    /**
     * Restart after a failed {@code tell}, a failed {@code onStart()} or a factory that throws: at
     * most 3 restarts within 1 minute, after a backoff of 100 ms doubling up to 10 s (each
     * ±20 % at random). Pekko: {@code BackoffOpts.onFailure(...)} under a restarting supervisor.
     *
     * @return the policy
     */
    public static RestartPolicy onFailure() {
        return ON_FAILURE;
    }

    /**
     * The same policy with another bound: past {@code maxRestarts} restarts within {@code within},
     * the next failure stops the actor for good. Pekko: {@code maxNrOfRetries}, {@code withinTimeRange}.
     *
     * @param maxRestarts at least 1
     * @param within the window, positive
     * @return a new policy
     * @throws IllegalArgumentException if {@code maxRestarts < 1} or {@code within} is not positive
     * @throws IllegalStateException on {@link #never()}, which never restarts
     */
    public RestartPolicy withMaxRestarts(int maxRestarts, Duration within) {
        requireRestarting("withMaxRestarts");
        if (maxRestarts < 1) {
            throw new IllegalArgumentException("RestartPolicy.withMaxRestarts: maxRestarts must be at least 1, got "
                    + maxRestarts + " (use RestartPolicy.never() for no restarts)");
        }
        Objects.requireNonNull(within, "within");
        if (within.isNegative() || within.isZero()) {
            throw new IllegalArgumentException("RestartPolicy.withMaxRestarts: within must be positive, got " + within);
        }
        return new RestartPolicy(maxRestarts, within, minBackoff, maxBackoff);
    }

    /**
     * The same policy with another backoff: the first restart waits {@code min}, each further one
     * within the window twice as long, up to {@code max}; each wait is ±20 % at random (so that
     * actors failing together do not restart together). Pekko: {@code minBackoff}, {@code maxBackoff}.
     *
     * @param min the first wait, zero or more ({@code Duration.ZERO}: restart at once)
     * @param max the longest wait, at least {@code min}
     * @return a new policy
     * @throws IllegalArgumentException unless {@code 0 <= min <= max}
     * @throws IllegalStateException on {@link #never()}, which never restarts
     */
    public RestartPolicy withBackoff(Duration min, Duration max) {
        requireRestarting("withBackoff");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("RestartPolicy.withBackoff: needs 0 <= min <= max, got min " + min
                    + " and max " + max);
        }
        return new RestartPolicy(maxRestarts, within, min, max);
    }

    /**
     * Whether this policy restarts at all ({@code false} only for {@link #never()}).
     *
     * @return whether a failure may restart the actor
     */
    public boolean restarts() {
        return maxRestarts > 0;
    }

    /**
     * The most restarts within {@link #within()}; 0 for {@link #never()}.
     *
     * @return the bound
     */
    public int maxRestarts() {
        return maxRestarts;
    }

    /**
     * The window that {@link #maxRestarts()} counts restarts in.
     *
     * @return the window, {@code Duration.ZERO} for {@link #never()}
     */
    public Duration within() {
        return within;
    }

    /**
     * The first restart's backoff, before jitter.
     *
     * @return the shortest backoff
     */
    public Duration minBackoff() {
        return minBackoff;
    }

    /**
     * The longest backoff, before jitter.
     *
     * @return the longest backoff
     */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /**
     * The wait before a restart, in nanoseconds: {@code min * 2^earlierRestarts} capped at
     * {@code max}, times a random factor in [0.8, 1.2).
     *
     * @param earlierRestarts restarts already done within the window
     */
    long backoffNanos(int earlierRestarts) {
        long min = Timeouts.saturatedNanos(minBackoff);
        long max = Timeouts.saturatedNanos(maxBackoff);
        long base = min;
        for (int i = 0; i < earlierRestarts && base < max; i++) {
            base = base > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : base * 2;
        }
        base = Math.min(base, max);
        double factor = 1.0 - JITTER + 2 * JITTER * ThreadLocalRandom.current().nextDouble();
        return (long) Math.min((double) Long.MAX_VALUE, base * factor);
    }

    private void requireRestarting(String method) {
        if (!restarts()) {
            throw new IllegalStateException("RestartPolicy.never()." + method + "(...): never() does not restart; "
                    + "start from RestartPolicy.onFailure()." + method + "(...)");
        }
    }

    /**
     * Equal when every setting is.
     *
     * @param other the other object
     * @return whether it is the same policy
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof RestartPolicy that && maxRestarts == that.maxRestarts && within.equals(that.within)
                && minBackoff.equals(that.minBackoff) && maxBackoff.equals(that.maxBackoff);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxRestarts, within, minBackoff, maxBackoff);
    }

    /**
     * {@code RestartPolicy.never()} or the settings, e.g.
     * {@code RestartPolicy.onFailure(maxRestarts=3, within=PT1M, backoff=PT0.1S..PT10S)}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return restarts() ? "RestartPolicy.onFailure(maxRestarts=" + maxRestarts + ", within=" + within + ", backoff="
                + minBackoff + ".." + maxBackoff + ")" : "RestartPolicy.never()";
    }
}
