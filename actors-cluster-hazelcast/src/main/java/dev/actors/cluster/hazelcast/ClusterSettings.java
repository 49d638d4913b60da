package dev.actors.cluster.hazelcast;

import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link EntityCluster} behaves: the minimum cluster size that protects single activation
 * in a split brain, how long a remote ask may wait, and how long a member waits for its entities
 * to stop when it hands their partition over. Immutable. Pekko: {@code ClusterShardingSettings}
 * with the split brain resolver's {@code keep-majority} and {@code hand-off-timeout}.
 */
public final class ClusterSettings {

    private static final Duration DEFAULT_HANDOFF_TIMEOUT = Duration.ofSeconds(30);
    private static final ClusterSettings DEFAULTS = new ClusterSettings(1, null, DEFAULT_HANDOFF_TIMEOUT);

    private final int minimumClusterSize;
    private final Duration askTimeout;
    private final Duration handoffTimeout;

    private ClusterSettings(int minimumClusterSize, Duration askTimeout, Duration handoffTimeout) {
        this.minimumClusterSize = minimumClusterSize;
        this.askTimeout = askTimeout;
        this.handoffTimeout = handoffTimeout;
    }

    /**
     * Minimum cluster size 1 (no split-brain protection), the registry's ask timeout, a 30 s handoff timeout.
     *
     * @return the defaults
     */
    public static ClusterSettings defaults() {
        return DEFAULTS;
    }

    /**
     * The same settings with a minimum cluster size: a member that sees fewer members (itself
     * included) starts no entity and stops those it runs, so that the two sides of a split brain
     * never both run a key. Set it to a majority of the replicas you deploy (2 of 3, 3 of 5).
     *
     * @param minimumClusterSize at least 1
     * @return new settings
     * @throws IllegalArgumentException if it is less than 1
     */
    public ClusterSettings withMinimumClusterSize(int minimumClusterSize) {
        if (minimumClusterSize < 1) {
            throw new IllegalArgumentException("ClusterSettings.withMinimumClusterSize: must be at least 1, got "
                    + minimumClusterSize);
        }
        return new ClusterSettings(minimumClusterSize, askTimeout, handoffTimeout);
    }

    /**
     * The same settings with a bound on remote asks and blocking interface calls: past it their
     * future fails with {@link dev.actors.ActorTimeoutException}. A remote ask always has one, so
     * that an ask to a member that crashed never hangs.
     *
     * @param askTimeout positive; {@code null} uses the registry's {@link dev.actors.ActorRegistry#askTimeout()}
     * @return new settings
     * @throws IllegalArgumentException if it is zero or negative
     */
    public ClusterSettings withAskTimeout(Duration askTimeout) {
        if (askTimeout != null && (askTimeout.isZero() || askTimeout.isNegative())) {
            throw new IllegalArgumentException("ClusterSettings.withAskTimeout: must be positive, got " + askTimeout
                    + " (null uses the registry's ask timeout)");
        }
        return new ClusterSettings(minimumClusterSize, askTimeout, handoffTimeout);
    }

    /**
     * The same settings with a bound on a handoff: how long a member that loses a partition (or
     * leaves) waits for the entities of it to stop ({@code onStop} included) before it lets the
     * new owner start them anyway.
     *
     * @param handoffTimeout positive
     * @return new settings
     * @throws IllegalArgumentException if it is zero or negative
     * @throws NullPointerException if it is {@code null}
     */
    public ClusterSettings withHandoffTimeout(Duration handoffTimeout) {
        Objects.requireNonNull(handoffTimeout, "handoffTimeout");
        if (handoffTimeout.isZero() || handoffTimeout.isNegative()) {
            throw new IllegalArgumentException("ClusterSettings.withHandoffTimeout: must be positive, got " + handoffTimeout);
        }
        return new ClusterSettings(minimumClusterSize, askTimeout, handoffTimeout);
    }

    /**
     * The minimum cluster size.
     *
     * @return at least 1
     */
    public int minimumClusterSize() {
        return minimumClusterSize;
    }

    /**
     * The bound on remote asks.
     *
     * @return the timeout, or {@code null} for the registry's
     */
    public Duration askTimeout() {
        return askTimeout;
    }

    /**
     * The bound on a handoff.
     *
     * @return the timeout
     */
    public Duration handoffTimeout() {
        return handoffTimeout;
    }

    /**
     * Equal when all settings are.
     *
     * @param other the other object
     * @return whether they are the same settings
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ClusterSettings that && minimumClusterSize == that.minimumClusterSize
                && Objects.equals(askTimeout, that.askTimeout) && handoffTimeout.equals(that.handoffTimeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minimumClusterSize, askTimeout, handoffTimeout);
    }

    @Override
    public String toString() {
        return "ClusterSettings(minimumClusterSize=" + minimumClusterSize + ", askTimeout="
                + (askTimeout == null ? "registry's" : askTimeout) + ", handoffTimeout=" + handoffTimeout + ")";
    }
}
