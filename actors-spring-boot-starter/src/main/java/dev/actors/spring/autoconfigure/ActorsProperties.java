package dev.actors.spring.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the actors starter, under the {@code actors.} prefix.
 */
@ConfigurationProperties("actors")
public class ActorsProperties {

    /**
     * Whether to run @Actor beans as actors. When false there is no ActorRegistry bean, no
     * injectable refs or proxies, and no actor is started (@Actor classes stay plain beans).
     */
    private boolean enabled = true;

    /**
     * How long a blocking call through a typed interface proxy waits for the actor's reply
     * (the registry's ask timeout) before failing with ActorTimeoutException.
     */
    private Duration askTimeout = Duration.ofSeconds(30);

    /**
     * Bound on stopping all of the context's actors when it closes. Actors still running
     * then are logged by name, sent a stop, and the shutdown goes on. A duration too long to
     * count in nanoseconds (about 292 years) means no bound.
     */
    private Duration shutdownTimeout = Duration.ofSeconds(30);

    /**
     * How long the context waits for the onStart() of its singleton @Actor beans (together,
     * at the end of the refresh; a lazy one when it is first needed). When it runs out, the
     * context fails to start naming the actors still in onStart(). A duration too long to
     * count in nanoseconds (about 292 years) means no bound.
     */
    private Duration startupTimeout = Duration.ofSeconds(30);

    /**
     * Whether ThreadingActors run on daemon threads whatever their useDaemonThread() says, so
     * that an actor still stuck after the context closed never keeps the JVM alive. The web
     * server (or spring.main.keep-alive) is what keeps a Spring application running.
     */
    private boolean daemonThreads = true;

    private final Metrics metrics = new Metrics();

    private final Observations observations = new Observations();

    private final Entities entities = new Entities();

    /** Creates the properties with their defaults. */
    public ActorsProperties() {
    }

    /**
     * Whether @Actor beans are run as actors.
     *
     * @return the switch
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets whether @Actor beans are run as actors.
     *
     * @param enabled the switch
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Whether ThreadingActors are forced onto daemon threads.
     *
     * @return the switch
     */
    public boolean isDaemonThreads() {
        return daemonThreads;
    }

    /**
     * Sets whether ThreadingActors are forced onto daemon threads.
     *
     * @param daemonThreads the switch
     */
    public void setDaemonThreads(boolean daemonThreads) {
        this.daemonThreads = daemonThreads;
    }

    /**
     * The ask timeout of blocking typed-interface-proxy calls.
     *
     * @return the timeout
     */
    public Duration getAskTimeout() {
        return askTimeout;
    }

    /**
     * Sets the ask timeout of blocking typed-interface-proxy calls.
     *
     * @param askTimeout the timeout, positive
     */
    public void setAskTimeout(Duration askTimeout) {
        if (askTimeout == null || askTimeout.isNegative() || askTimeout.isZero()) {
            throw new IllegalArgumentException("actors.ask-timeout must be a positive duration, got " + askTimeout);
        }
        this.askTimeout = askTimeout;
    }

    /**
     * The bound on stopping all actors at shutdown.
     *
     * @return the timeout
     */
    public Duration getShutdownTimeout() {
        return shutdownTimeout;
    }

    /**
     * Sets the bound on stopping all actors at shutdown.
     *
     * @param shutdownTimeout the timeout, not negative
     */
    public void setShutdownTimeout(Duration shutdownTimeout) {
        this.shutdownTimeout = shutdownTimeout;
    }

    /**
     * The bound on waiting for singleton actors' {@code onStart()}.
     *
     * @return the timeout
     */
    public Duration getStartupTimeout() {
        return startupTimeout;
    }

    /**
     * Sets the bound on waiting for singleton actors' {@code onStart()}.
     *
     * @param startupTimeout the timeout, not negative
     */
    public void setStartupTimeout(Duration startupTimeout) {
        this.startupTimeout = startupTimeout;
    }

    /**
     * Micrometer settings.
     *
     * @return the metrics settings
     */
    public Metrics getMetrics() {
        return metrics;
    }

    /**
     * Micrometer Observation settings.
     *
     * @return the observation settings
     */
    public Observations getObservations() {
        return observations;
    }

    /**
     * The defaults of the entities made for entity beans.
     *
     * @return the entity settings
     */
    public Entities getEntities() {
        return entities;
    }

    /**
     * The defaults of the entities made for entity beans (prototype {@code @Actor} classes with an
     * {@code @EntityKey} constructor parameter), under {@code actors.entities.}.
     */
    public static class Entities {

        /**
         * How long an entity actor may go without a message before it is passivated (stopped
         * normally: its onStop() runs, and the next message to its key starts a new one). 0
         * never passivates for idleness.
         */
        private Duration idleTimeout = Duration.ofMinutes(10);

        /**
         * Bound on the live entity actors of each entity bean: starting one more passivates the
         * least recently used. Unbounded when not set.
         */
        private Integer maxLive;

        /** Creates the entity settings with their defaults. */
        public Entities() {
        }

        /**
         * The idle timeout.
         *
         * @return the timeout, {@link Duration#ZERO} for never
         */
        public Duration getIdleTimeout() {
            return idleTimeout;
        }

        /**
         * Sets the idle timeout.
         *
         * @param idleTimeout the timeout, not negative; zero never passivates for idleness
         */
        public void setIdleTimeout(Duration idleTimeout) {
            if (idleTimeout == null || idleTimeout.isNegative()) {
                throw new IllegalArgumentException("actors.entities.idle-timeout must not be negative (0 never "
                        + "passivates), got " + idleTimeout);
            }
            this.idleTimeout = idleTimeout;
        }

        /**
         * The bound on live entity actors per entity bean.
         *
         * @return the bound, or {@code null} when unbounded
         */
        public Integer getMaxLive() {
            return maxLive;
        }

        /**
         * Sets the bound on live entity actors per entity bean.
         *
         * @param maxLive at least 1, or {@code null} for unbounded
         */
        public void setMaxLive(Integer maxLive) {
            if (maxLive != null && maxLive <= 0) {
                throw new IllegalArgumentException("actors.entities.max-live must be at least 1 (leave it unset for "
                        + "no bound), got " + maxLive);
            }
            this.maxLive = maxLive;
        }
    }

    /**
     * Micrometer settings, under {@code actors.metrics.}.
     */
    public static class Metrics {

        /**
         * Whether to publish the actors.* meters when a MeterRegistry bean exists.
         */
        private boolean enabled = true;

        /** Creates the metrics settings with their defaults. */
        public Metrics() {
        }

        /**
         * Whether the actors.* meters are published.
         *
         * @return the switch
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the actors.* meters are published.
         *
         * @param enabled the switch
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /**
     * Micrometer Observation settings, under {@code actors.observations.}.
     */
    public static class Observations {

        /**
         * Whether each handled message is an Observation named actors.message (a timer of the
         * same name and, with a tracer, one span per message, child of the sender's span) when
         * an ObservationRegistry bean exists. Context propagation (MDC, the current trace) from
         * the sender to the actor does not depend on this switch.
         */
        private boolean enabled = true;

        /** Creates the observation settings with their defaults. */
        public Observations() {
        }

        /**
         * Whether each handled message is an {@code actors.message} Observation.
         *
         * @return the switch
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether each handled message is an {@code actors.message} Observation.
         *
         * @param enabled the switch
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
