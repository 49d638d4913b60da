package dev.actors.test;

import dev.actors.ActorListener;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.ActorTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One test's actors: the registry {@link ActorTestKit} gives the test, and the listener that
 * records which of its actors died of a failure. All state is guarded by {@code this}.
 */
final class TestRun implements ActorListener {

    /** More rounds than this of actors starting actors while being stopped is a runaway. */
    private static final int STOP_ROUNDS = 5;

    private final ActorRegistry registry = new ActorRegistry();
    private final String testId;
    private final String testName;
    /** Started, and their stop not reported yet. */
    private final Set<ActorRef<?>> running = new HashSet<>();
    /** Stop reported; kept because a stop can be reported before the start (failing onStart). */
    private final Set<ActorRef<?>> stopped = new HashSet<>();
    private final Map<ActorRef<?>, Throwable> failures = new LinkedHashMap<>();
    private final Set<ActorRef<?>> expectedFailures = new HashSet<>();

    TestRun(String testId, String testName) {
        this.testId = testId;
        this.testName = testName;
        // An actor stuck after its test must not keep the test JVM alive.
        registry.setDaemonThreads(true);
        registry.addListener(this);
    }

    ActorRegistry registry() {
        return registry;
    }

    String testId() {
        return testId;
    }

    String testName() {
        return testName;
    }

    synchronized void expectFailureOf(ActorRef<?> ref) {
        expectedFailures.add(ref);
    }

    @Override
    public synchronized void actorStarted(ActorRef<?> ref) {
        if (!stopped.contains(ref)) {
            running.add(ref);
        }
    }

    @Override
    public synchronized void actorStopped(ActorRef<?> ref, Optional<Throwable> failure) {
        running.remove(ref);
        stopped.add(ref);
        failure.ifPresent(cause -> failures.putIfAbsent(ref, cause));
        notifyAll();
    }

    /**
     * Stops every actor of the registry and waits until each has reported its stop (a stop
     * returns before the listener hears of a failure), then judges the failures.
     *
     * @return the error that fails the test, if any
     */
    Optional<AssertionError> finish(Duration timeoutPerActor) {
        List<Throwable> problems = new ArrayList<>();
        for (int round = 0; round < STOP_ROUNDS && !registry.getAll().isEmpty(); round++) {
            try {
                registry.stopAll(timeoutPerActor);
            } catch (ActorTimeoutException laggards) {
                problems.add(laggards);
                break;
            }
        }
        List<ActorRef<?>> unreported = awaitStopReports(timeoutPerActor);
        if (!unreported.isEmpty()) {
            problems.add(new ActorTimeoutException(unreported.size() + " actor(s) of " + testName
                    + " had not finished stopping " + timeoutPerActor + " after the test: " + unreported));
        }
        registry.removeListener(this);
        return verdict(problems);
    }

    private synchronized List<ActorRef<?>> awaitStopReports(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long left;
        while (!running.isEmpty() && (left = deadline - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.copyOf(running);
    }

    private synchronized Optional<AssertionError> verdict(List<Throwable> problems) {
        Map<ActorRef<?>, Throwable> unexpected = new LinkedHashMap<>(failures);
        unexpected.keySet().removeAll(expectedFailures);
        if (unexpected.isEmpty() && problems.isEmpty()) {
            return Optional.empty();
        }
        AssertionError error = unexpected.isEmpty()
                ? new AssertionError("The actors of " + testName + " did not all stop after it: " + problems.getFirst()
                        .getMessage(), problems.getFirst())
                : unexpectedFailures(unexpected);
        problems.stream().filter(problem -> problem != error.getCause()).forEach(error::addSuppressed);
        return Optional.of(error);
    }

    private AssertionError unexpectedFailures(Map<ActorRef<?>, Throwable> unexpected) {
        List<String> deaths = unexpected.entrySet().stream()
                .map(death -> death.getKey() + " died of " + death.getValue()).toList();
        AssertionError error = new AssertionError(unexpected.size() + " actor(s) died during " + testName
                + " of a failure the test did not expect: " + String.join("; ", deaths) + ". Fix the cause, or, "
                + "if the test is about that failure, call kit.expectFailureOf(ref) for the actor in the test",
                unexpected.values().iterator().next());
        unexpected.values().stream().skip(1).forEach(error::addSuppressed);
        return error;
    }
}
