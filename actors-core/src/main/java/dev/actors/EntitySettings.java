package dev.actors;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Entities} passivate: after an idle timeout (default 10 minutes; {@code Duration.ZERO}
 * = never) and beyond a maximum of live entities (default unbounded; the least recently used is
 * passivated). Immutable. Pekko: {@code ClusterShardingSettings} passivation strategy
 * ({@code idle-timeout}, {@code active-entity-limit}).
 */
public final class EntitySettings {

    private static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);
    private static final EntitySettings DEFAULTS = new EntitySettings(DEFAULT_IDLE_TIMEOUT, Integer.MAX_VALUE);

    private final Duration idleTimeout;
    private final int maxLive;

    private EntitySettings(Duration idleTimeout, int maxLive) {
        this.idleTimeout = idleTimeout;
        this.maxLive = maxLive;
    }

    /**
     * Idle timeout 10 minutes, no bound on live entities.
     *
     * @return the defaults
     */
    public static EntitySettings defaults() {
        return DEFAULTS;
    }

    /**
     * The same settings with another idle timeout.
     *
     * @param idleTimeout how long an entity may go without a message queued or handled before it
     *     is passivated; {@code Duration.ZERO} never passivates for idleness
     * @return new settings
     * @throws IllegalArgumentException if it is negative
     * @throws NullPointerException if it is {@code null}
     */
    public EntitySettings withIdleTimeout(Duration idleTimeout) {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isNegative()) {
            throw new IllegalArgumentException("EntitySettings.withIdleTimeout: must not be negative, got " + idleTimeout
                    + " (Duration.ZERO never passivates for idleness)");
        }
        return new EntitySettings(idleTimeout, maxLive);
    }

    /**
     * The same settings with a bound on live entities: starting one more passivates the least
     * recently used.
     *
     * @param maxLive at least 1
     * @return new settings
     * @throws IllegalArgumentException if {@code maxLive <= 0}
     */
    public EntitySettings withMaxLive(int maxLive) {
        if (maxLive <= 0) {
            throw new IllegalArgumentException("EntitySettings.withMaxLive: must be at least 1, got " + maxLive);
        }
        return new EntitySettings(idleTimeout, maxLive);
    }

    /**
     * The idle timeout.
     *
     * @return the timeout, {@code Duration.ZERO} for never
     */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /**
     * The bound on live entities.
     *
     * @return the bound, {@link Integer#MAX_VALUE} when unbounded
     */
    public int maxLive() {
        return maxLive;
    }

    /**
     * Equal when both settings are.
     *
     * @param other the other object
     * @return whether they are the same settings
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof EntitySettings that && maxLive == that.maxLive && idleTimeout.equals(that.idleTimeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(idleTimeout, maxLive);
    }

    @Override
    public String toString() {
        return "EntitySettings(idleTimeout=" + idleTimeout + ", maxLive="
                + (maxLive == Integer.MAX_VALUE ? "unbounded" : maxLive) + ")";
    }
}
