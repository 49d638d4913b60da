package dev.actors.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Scenario 2, ping-pong: two actors tell each other a ball {@value #ROUND_TRIPS} round trips
 * long (two messages per round trip); the score is round trips per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PingPongBenchmark {

    static final int ROUND_TRIPS = 1_000;

    /** The runtime under test, by {@link Implementation#label()}. */
    @Param({"threading", "virtual", "pekko-classic", "pekko-classic-2t", "pekko-typed", "pekko-typed-2t"})
    public String impl;

    private ActorRuntime runtime;
    private ActorRuntime.Rally rally;

    /** Starts the runtime and the actors of the scenario, once per fork. */
    @Setup
    public void start() {
        runtime = Implementation.byLabel(impl).open();
        rally = runtime.startRally();
    }

    /** Stops everything the setup started. */
    @TearDown
    public void stop() {
        runtime.close();
    }

    /** One operation of the scenario described on the class; JMH divides by the messages it sends. */
    @Benchmark
    @OperationsPerInvocation(ROUND_TRIPS)
    public void pingPong() throws Exception {
        rally.play(ROUND_TRIPS);
    }
}
