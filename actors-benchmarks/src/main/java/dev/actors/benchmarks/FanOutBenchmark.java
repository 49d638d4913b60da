package dev.actors.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Scenario 6, fan-out/fan-in: ask each of {@value #ACTORS} echo actors once, then wait for all
 * replies (this library: {@code ActorFuture.getAll}; Pekko: {@code CompletableFuture.allOf}).
 * The score is microseconds per fan-out of all {@value #ACTORS} asks. Each fan-out checks
 * that it got one reply per actor, each the request itself, so that a runtime losing or
 * mixing up replies fails instead of measuring less work. Nothing is left in flight
 * between invocations: each waits for all of its replies.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FanOutBenchmark {

    static final int ACTORS = 1_000;

    /** The runtime under test, by {@link Implementation#label()}. */
    @Param({"threading", "virtual", "pekko-classic", "pekko-classic-2t", "pekko-typed", "pekko-typed-2t"})
    public String impl;

    private ActorRuntime runtime;
    private ActorRuntime.FanOut fanOut;

    /** Starts the runtime and the actors of the scenario, once per trial (fork). */
    @Setup(Level.Trial)
    public void start() {
        runtime = Implementation.byLabel(impl).open();
        fanOut = runtime.startFanOut(ACTORS);
    }

    /** Stops everything the setup started. */
    @TearDown(Level.Trial)
    public void stop() {
        runtime.close();
    }

    /** One operation of the scenario described on the class. */
    @Benchmark
    public List<?> askAllAndWait() throws Exception {
        List<?> replies = fanOut.askEachOnce();
        if (replies.size() != ACTORS || !replies.stream().allMatch(reply -> reply == ActorRuntime.FanOut.REQUEST)) {
            throw new IllegalStateException(impl + " fan-out: expected " + ACTORS + " replies, each the request '"
                    + ActorRuntime.FanOut.REQUEST + "', got " + replies.size() + ": the runtime lost or mixed up replies");
        }
        return replies;
    }
}
