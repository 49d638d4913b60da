package dev.actors.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.actors.ActorFuture;
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
 * name, sent a stop, and the close goes on (after a grace of at most 100 ms that tells the
 * stuck actors from those that were only waiting their turn). Actors started after that (or in a context
 * whose refresh failed before the lifecycle started) are stopped when the bean is destroyed.
 */
public final class ActorsShutdown implements SmartLifecycle, DisposableBean {

    /** The lifecycle phase: after the web server has drained its requests and stopped. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    /** After the timeout, how long the remaining actors get to answer their stop before being named. */
    private static final Duration GRACE = Duration.ofMillis(100);

    private static final Logger log = LoggerFactory.getLogger(ActorsShutdown.class);

    private final ActorRegistry registry;

    private final ActorBeans actorBeans;

    private final Duration timeout;

    private final long timeoutNanos;

    private volatile boolean running;

    private volatile boolean stopRan;

    /**
     * Creates the lifecycle.
     *
     * @param registry the context's registry
     * @param actorBeans the context's actor beans, to log laggards by bean name
     * @param timeout bound on the whole stop; a duration too long for nanoseconds (about 292
     *     years) means no bound
     * @throws IllegalArgumentException if the timeout is negative
     */
    public ActorsShutdown(ActorRegistry registry, ActorBeans actorBeans, Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("actors.shutdown-timeout must not be negative, was " + timeout);
        }
        this.registry = registry;
        this.actorBeans = actorBeans;
        this.timeout = timeout;
        this.timeoutNanos = SaturatedDurations.toNanos(timeout);
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

    /**
     * Stops the actors if the lifecycle never did (a refresh that failed); otherwise only sends
     * a stop to what is left (actors started since, laggards) without waiting a second time.
     */
    @Override
    public void destroy() {
        if (stopRan) {
            registry.getAll().reversed().forEach(ActorRef::stopAsync);
        }
        else {
            stopAll();
        }
    }

    private void stopAll() {
        stopRan = true;
        List<ActorRef<?>> lastStartedFirst = registry.getAll().reversed();
        if (lastStartedFirst.isEmpty()) {
            return;
        }
        log.info("Stopping {} actors, last started first", lastStartedFirst.size());
        long begin = System.nanoTime();
        for (int next = 0; next < lastStartedFirst.size(); next++) {
            ActorRef<?> ref = lastStartedFirst.get(next);
            ActorFuture<Boolean> stop = ref.stopAsync();
            if (!isDoneWithin(stop, begin, timeoutNanos)) {
                Map<ActorRef<?>, ActorFuture<Boolean>> pending = new LinkedHashMap<>();
                pending.put(ref, stop);
                lastStartedFirst.subList(next + 1, lastStartedFirst.size()).forEach(rest -> pending.put(rest, rest.stopAsync()));
                nameTheLaggards(pending);
                return;
            }
        }
    }

    /**
     * Whether the stop completes before {@code budgetNanos} have passed since {@code begin}.
     * Elapsed time is compared, never a deadline computed: {@code begin} plus a saturated
     * budget would overflow.
     */
    private static boolean isDoneWithin(ActorFuture<Boolean> stop, long begin, long budgetNanos) {
        try {
            stop.get(Duration.ofNanos(Math.max(0L, budgetNanos - (System.nanoTime() - begin))));
            return true;
        }
        catch (ActorTimeoutException ex) {
            return false;
        }
        catch (IllegalStateException closedFromItsOwnHandler) {
            return true; // the context is closed from this actor's handler: it stops after the current message
        }
    }

    /**
     * Out of time: the LIFO order can no longer be kept, so every remaining actor has just been
     * sent a stop at once. Gives them {@link #GRACE} to show which were merely waiting their
     * turn, and names the others.
     */
    private void nameTheLaggards(Map<ActorRef<?>, ActorFuture<Boolean>> pending) {
        long graceBegin = System.nanoTime();
        List<String> laggards = new ArrayList<>();
        pending.forEach((ref, stop) -> {
            if (!isDoneWithin(stop, graceBegin, GRACE.toNanos())) {
                laggards.add(describe(ref));
            }
        });
        if (!laggards.isEmpty()) {
            log.warn("{} actors had not stopped within actors.shutdown-timeout ({}); they were sent a stop and the "
                    + "shutdown goes on: {}", laggards.size(), timeout, String.join(", ", laggards));
        }
    }

    private String describe(ActorRef<?> ref) {
        return actorBeans.beanName(ref).map(name -> ActorLabel.of(name, ref)).orElseGet(() -> ActorLabel.of(ref));
    }
}
