package dev.actors.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Scenario 5a, actor start and stop: start an actor that does nothing, stop it and wait until
 * it has stopped (this library: {@code registry.start} then the blocking {@code ref.stop};
 * Pekko: {@code actorOf}/{@code systemActorOf}, then a stop message whose {@code postStop}
 * completes a future). The score is microseconds per start and stop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StartStopBenchmark {

    /** The runtime under test, by {@link Implementation#label()}. */
    @Param({"threading", "virtual", "pekko-classic", "pekko-classic-2t", "pekko-typed", "pekko-typed-2t"})
    public String impl;

    private ActorRuntime runtime;

    /** Starts the runtime and the actors of the scenario, once per fork. */
    @Setup
    public void start() {
        runtime = Implementation.byLabel(impl).open();
    }

    /** Stops everything the setup started. */
    @TearDown
    public void stop() {
        runtime.close();
    }

    /** One operation of the scenario described on the class. */
    @Benchmark
    public void startAndStop() throws Exception {
        runtime.startAndStopIdleActor();
    }
}
