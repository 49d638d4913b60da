package dev.actors.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.ActorTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * Stops the context's actors when the context closes (and so at JVM shutdown, through
 * Spring's shutdown hook): last started first, each one's queued messages processed before
 * it stops, like Pykka's {@code ActorRegistry.stop_all()}.
 *
 * <p>Runs in phase {@link #PHASE}, below the web server's graceful shutdown
 * ({@code DEFAULT_PHASE - 1024}) and the web server itself ({@code DEFAULT_PHASE - 2048}),
 * so in-flight requests can still use actors. The whole stop is bounded by one timeout
 * ({@code actors.shutdown-timeout}): actors that have not stopped by then are logged by
 * name, sent a stop, and the close goes on. Actors started after that (or in a context
 * whose refresh failed before the lifecycle started) are stopped when the bean is destroyed.
 */
public final class ActorsShutdown implements SmartLifecycle, DisposableBean {

    /** The lifecycle phase: after the web server has drained its requests and stopped. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Logger log = LoggerFactory.getLogger(ActorsShutdown.class);

    private final ActorRegistry registry;

    private final ActorBeans actorBeans;

    private final Duration timeout;

    private volatile boolean running;

    /**
     * Creates the lifecycle.
     *
     * @param registry the context's registry
     * @param actorBeans the context's actor beans, to log laggards by bean name
     * @param timeout bound on the whole stop
     * @throws IllegalArgumentException if the timeout is negative
     */
    public ActorsShutdown(ActorRegistry registry, ActorBeans actorBeans, Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("actors.shutdown-timeout must not be negative, was " + timeout);
        }
        this.registry = registry;
        this.actorBeans = actorBeans;
        this.timeout = timeout;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        try {
            stopAll();
        }
        finally {
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Actors cannot be restarted, so pausing the context must not stop them. */
    @Override
    public boolean isPauseable() {
        return false;
    }

    @Override
    public void destroy() {
        stopAll();
    }

    private void stopAll() {
        List<ActorRef<?>> lastStartedFirst = new ArrayList<>(registry.getAll()).reversed();
        if (lastStartedFirst.isEmpty()) {
            return;
        }
        log.info("Stopping {} actors, last started first", lastStartedFirst.size());
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> laggards = new ArrayList<>();
        for (ActorRef<?> ref : lastStartedFirst) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                ref.stopAsync();
                laggards.add(describe(ref));
                continue;
            }
            try {
                ref.stop(Duration.ofNanos(remaining));
            }
            catch (ActorTimeoutException ex) {
                laggards.add(describe(ref));
            }
        }
        if (!laggards.isEmpty()) {
            log.warn("{} actors had not stopped within actors.shutdown-timeout ({}); they were sent a stop and the "
                    + "shutdown goes on: {}", laggards.size(), timeout, String.join(", ", laggards));
        }
    }

    private String describe(ActorRef<?> ref) {
        return actorBeans.beanName(ref).map(name -> "'" + name + "' ").orElse("") + ref;
    }
}
