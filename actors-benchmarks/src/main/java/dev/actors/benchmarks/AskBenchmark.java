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
 * Scenario 3, ask round trip from a platform-thread caller (JMH's default executor): ask an
 * echo actor and block for the reply; the score is microseconds per ask.
 * {@link AskFromVirtualThreadBenchmark} runs the same with a virtual-thread caller.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AskBenchmark {

    private static final Object REQUEST = "ping";

    /** The runtime under test, by {@link Implementation#label()}. */
    @Param({"threading", "virtual", "pekko-classic", "pekko-classic-2t", "pekko-typed", "pekko-typed-2t"})
    public String impl;

    private ActorRuntime runtime;
    private ActorRuntime.Echo echo;

    /** Starts the runtime and the actors of the scenario, once per fork. */
    @Setup
    public void start() {
        runtime = Implementation.byLabel(impl).open();
        echo = runtime.startEcho();
    }

    /** Stops everything the setup started. */
    @TearDown
    public void stop() {
        runtime.close();
    }

    /** One operation of the scenario described on the class. */
    @Benchmark
    public Object ask() throws Exception {
        return echo.ask(REQUEST);
    }
}
