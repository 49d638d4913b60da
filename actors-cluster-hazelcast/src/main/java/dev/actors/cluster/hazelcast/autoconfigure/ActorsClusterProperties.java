package dev.actors.cluster.hazelcast.autoconfigure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of the entity cluster, under {@code actors.cluster}.
 */
@ConfigurationProperties("actors.cluster")
public class ActorsClusterProperties {

    /**
     * Whether to run an entity cluster on the context's Hazelcast member.
     */
    private boolean enabled = true;

    /**
     * Fewest members (this one included) a member must see to run entities: below it, it
     * passivates them and refuses to start any, so the two sides of a split brain never both run
     * a key. Set it to a majority of the replicas (2 of 3).
     */
    private int minimumSize = 1;

    /**
     * Bound on remote asks and blocking interface calls to entities; empty uses actors.ask-timeout.
     */
    private Duration askTimeout;

    /**
     * How long a member that hands a partition over waits for its entities to stop.
     */
    private Duration handoffTimeout = Duration.ofSeconds(30);

    /** Creates the properties with their defaults. */
    public ActorsClusterProperties() {
    }

    /**
     * Whether an entity cluster runs on the context's Hazelcast member.
     *
     * @return the switch
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets whether an entity cluster runs.
     *
     * @param enabled the switch
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * The minimum cluster size.
     *
     * @return at least 1
     */
    public int getMinimumSize() {
        return minimumSize;
    }

    /**
     * Sets the minimum cluster size.
     *
     * @param minimumSize at least 1
     * @throws IllegalArgumentException if it is less than 1
     */
    public void setMinimumSize(int minimumSize) {
        if (minimumSize < 1) {
            throw new IllegalArgumentException("actors.cluster.minimum-size must be at least 1, got " + minimumSize);
        }
        this.minimumSize = minimumSize;
    }

    /**
     * The bound on remote asks.
     *
     * @return the timeout, {@code null} for actors.ask-timeout
     */
    public Duration getAskTimeout() {
        return askTimeout;
    }

    /**
     * Sets the bound on remote asks.
     *
     * @param askTimeout positive, or {@code null} for actors.ask-timeout
     * @throws IllegalArgumentException if it is zero or negative
     */
    public void setAskTimeout(Duration askTimeout) {
        if (askTimeout != null && (askTimeout.isNegative() || askTimeout.isZero())) {
            throw new IllegalArgumentException("actors.cluster.ask-timeout must be a positive duration, got " + askTimeout);
        }
        this.askTimeout = askTimeout;
    }

    /**
     * The bound on a handoff.
     *
     * @return the timeout
     */
    public Duration getHandoffTimeout() {
        return handoffTimeout;
    }

    /**
     * Sets the bound on a handoff.
     *
     * @param handoffTimeout positive
     * @throws IllegalArgumentException if it is not
     */
    public void setHandoffTimeout(Duration handoffTimeout) {
        if (handoffTimeout == null || handoffTimeout.isNegative() || handoffTimeout.isZero()) {
            throw new IllegalArgumentException("actors.cluster.handoff-timeout must be a positive duration, got "
                    + handoffTimeout);
        }
        this.handoffTimeout = handoffTimeout;
    }
}
