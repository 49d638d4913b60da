package dev.actors.benchmarks;

import java.util.concurrent.CountDownLatch;
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
 * Scenario 1, tell throughput: one sender tells one actor a batch of {@value #BATCH} messages,
 * the last of which is a latch the actor counts down; the score is the time per message,
 * including the wait for the actor to finish the batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TellBenchmark {

    static final int BATCH = 20_000;
    private static final Object MESSAGE = "tick";

    /** The runtime under test, by {@link Implementation#label()}. */
    @Param({"threading", "virtual", "pekko-classic", "pekko-classic-2t", "pekko-typed", "pekko-typed-2t"})
    public String impl;

    private ActorRuntime runtime;
    private ActorRuntime.Sink sink;

    /** Starts the runtime and the actors of the scenario, once per fork. */
    @Setup
    public void start() {
        runtime = Implementation.byLabel(impl).open();
        sink = runtime.startSink();
    }

    /** Stops everything the setup started. */
    @TearDown
    public void stop() {
        runtime.close();
    }

    /** One operation of the scenario described on the class; JMH divides by the messages it sends. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void tell() throws InterruptedException {
        for (int i = 1; i < BATCH; i++) {
            sink.tell(MESSAGE);
        }
        CountDownLatch done = new CountDownLatch(1);
        sink.tell(done);
        Timeouts.await(done, impl + " tell batch");
    }
}
