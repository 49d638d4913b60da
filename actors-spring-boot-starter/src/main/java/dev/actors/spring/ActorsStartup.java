package dev.actors.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import dev.actors.ActorRef;
import dev.actors.ActorState;
import org.springframework.beans.FatalBeanException;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Makes the application context wait for the {@code onStart()} of its singleton
 * {@link Actor @Actor} beans, so that a context that reports "Started" has every singleton
 * actor running, and one whose {@code onStart()} throws fails to start with that exception as
 * the cause ({@link ActorStartupException}).
 *
 * <p>The singletons created during the refresh start their {@code onStart()} concurrently and
 * are waited for together once all singletons exist ({@link #afterSingletonsInstantiated()},
 * before the web server starts); a singleton created later (a lazy one, with
 * {@code spring.main.lazy-initialization=true} or {@code @Lazy}) is waited for when it is
 * created, i.e. when its ref, proxy or interface is first resolved. Both waits are bounded by
 * {@code actors.startup-timeout}; when it runs out, the actors still in {@code onStart()} are
 * named and keep running until the context closes (which stops them). An {@code onStart()}
 * that throws at once fails the actor bean's creation itself, before anything injects it.
 *
 * <p>Restart policies: an actor whose restart policy restarts it after a failing
 * {@code onStart()} is still starting, through its backoff and the new instance's
 * {@code onStart()}; the context goes on once one of them returns (a restart that succeeds lets
 * the application start, as Pekko's backoff supervisor lets its parent start), and fails, as
 * without a policy, once the actor has exhausted its restarts (with the last failure as the
 * cause and the number of restarts in the message). The backoffs count against
 * {@code actors.startup-timeout}.
 *
 * <p>Pykka's {@code start()} does not wait for {@code on_start}; Spring Boot applications
 * expect a failed component to fail the startup.
 */
public final class ActorsStartup implements SmartInitializingSingleton {

    /** The longest pause between two looks at the starting actors. */
    private static final long LONGEST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final Duration timeout;

    private final long timeoutNanos;

    private final Object lock = new Object();

    /** Guarded by {@link #lock}; {@code null} once the refresh waited: later starts are waited for at once. */
    private List<StartingActor> startedDuringRefresh = new ArrayList<>();

    /**
     * Creates the startup wait.
     *
     * @param timeout bound on each wait; a duration too long for nanoseconds means no bound
     * @throws IllegalArgumentException if the timeout is negative
     */
    public ActorsStartup(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("actors.startup-timeout must not be negative, was " + timeout);
        }
        this.timeout = timeout;
        this.timeoutNanos = SaturatedDurations.toNanos(timeout);
    }

    /**
     * Records a singleton actor bean that has just been started; waits for its
     * {@code onStart()} at once when the refresh is over.
     *
     * @param beanName the bean's name
     * @param ref the started actor
     * @throws ActorStartupException if its {@code onStart()} threw, or (once the refresh is
     *     over) did not return within the timeout
     */
    public void started(String beanName, ActorRef<?> ref) {
        StartingActor actor = new StartingActor(beanName, ref);
        if (actor.hasStarted()) {
            return;
        }
        synchronized (lock) {
            if (startedDuringRefresh != null) {
                startedDuringRefresh.add(actor);
                return;
            }
        }
        awaitOnStart(List.of(actor));
    }

    /**
     * Waits for the {@code onStart()} of the singleton actors started during the refresh.
     *
     * @throws ActorStartupException if one threw, or some did not return within the timeout
     */
    @Override
    public void afterSingletonsInstantiated() {
        List<StartingActor> refreshing;
        synchronized (lock) {
            refreshing = startedDuringRefresh;
            startedDuringRefresh = null;
        }
        if (refreshing != null) {
            awaitOnStart(refreshing);
        }
    }

    /**
     * Polls, with growing pauses: the actor runtime offers no notification for the end of
     * {@code onStart()} (see {@link StartingActor#hasStarted()}).
     */
    private void awaitOnStart(List<StartingActor> actors) {
        List<StartingActor> waiting = new ArrayList<>(actors);
        long begin = System.nanoTime();
        long pause = TimeUnit.MICROSECONDS.toNanos(100);
        for (;;) {
            waiting.removeIf(StartingActor::hasStarted);
            if (waiting.isEmpty()) {
                return;
            }
            // Elapsed time compared, never a deadline computed: begin + a saturated timeout would overflow.
            long left = timeoutNanos - (System.nanoTime() - begin);
            if (left <= 0) {
                throw ActorStartupException.stillInOnStart(
                        waiting.stream().map(actor -> ActorLabel.of(actor.beanName(), actor.ref())).toList(),
                        waiting.stream().map(StartingActor::beanName).toList(), timeout.toString());
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new FatalBeanException("Interrupted while waiting for the onStart() of " + waiting.size()
                        + " @Actor beans (" + String.join(", ", waiting.stream().map(StartingActor::beanName).toList())
                        + ")");
            }
            LockSupport.parkNanos(this, Math.min(pause, left));
            pause = Math.min(pause * 2, LONGEST_PAUSE_NANOS);
        }
    }

    /**
     * Fails when an actor bean died in {@code onStart()}: stopped with a failure before it
     * handled a single message (after its restarts, if its restart policy allowed any: an actor
     * in a restart's backoff is still starting).
     *
     * @param beanName the bean's name
     * @param ref its actor
     * @throws ActorStartupException with the {@code onStart()} failure as cause
     */
    static void requireNotFailedInOnStart(String beanName, ActorRef<?> ref) {
        // state() reads the lifecycle volatile that the actor's thread writes after its failure and
        // its taken-message count: seeing STOPPED, we see both as they were when it stopped.
        if (ref.state() == ActorState.STOPPED && ref.processedCount() == 0) {
            Throwable failure = ref.failure().orElse(null);
            if (failure != null) {
                throw ActorStartupException.failedInOnStart(beanName, ActorLabel.of(ref), failure, ref.restartCount());
            }
        }
    }

    /** A singleton actor bean whose {@code onStart()} may still be running. */
    private record StartingActor(String beanName, ActorRef<?> ref) {

        /**
         * Whether {@code onStart()} has returned: the actor is idle (it waits for messages), or
         * has taken a message (only done after {@code onStart()}), or has stopped. A busy actor
         * that has not taken a message yet is still in {@code onStart()}; one restarting (in a
         * backoff, or in its new instance's {@code onStart()}) is still starting.
         *
         * @throws ActorStartupException if {@code onStart()} threw
         */
        boolean hasStarted() {
            // One read of the state: read twice, an onStart() failing between the reads would count as started.
            // The core writes the failure before the stopped state, so after STOPPED the failure is seen.
            ActorState state = ref.state();
            if (state == ActorState.STOPPED) {
                requireNotFailedInOnStart(beanName, ref);
                return true;
            }
            return state == ActorState.IDLE || ref.processedCount() > 0;
        }
    }
}
