package dev.actors.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Many-actor scenario 8, many pairs ping-pong: {@link #pairs} pairs of actors, each pair with
 * {@value #BALLS_PER_PAIR} balls in flight at once (Pekko's own {@code pingPongMoreActorsThanCores}
 * shape, whose in-flight count is twice the dispatcher's throughput of 5). One invocation plays
 * {@value #ROUND_TRIPS} round trips in all, spread evenly over the balls (so fewer per ball
 * with more pairs: 3,125 with 32 pairs, 10 with 10,000), served pair by pair from the
 * benchmark thread; the score is nanoseconds per round trip (two messages).
 *
 * <p>The actors are started once per trial. Each invocation waits until every ball has
 * reached the end of its rally (a latch of pairs x balls, counted down by the last hit of
 * each), so a lost ball fails the run after {@link Timeouts#BATCH} and nothing is in flight
 * between invocations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ManyPairsBenchmark {

    static final int BALLS_PER_PAIR = 10;
    static final int ROUND_TRIPS = 1_000_000;

    /** How many actor pairs play at once; {@value #ROUND_TRIPS} must divide evenly among their balls. */
    @Param({"32", "1000", "10000"})
    public int pairs;

    /** The runtime under test, by {@link Implementation#label()}. */
    @Param({"threading", "virtual", "pekko-classic", "pekko-classic-2t", "pekko-typed", "pekko-typed-2t"})
    public String impl;

    private ActorRuntime runtime;
    private ActorRuntime.Rallies rallies;
    private int roundTripsPerBall;

    /** Starts the runtime and all the pairs, once per trial (fork). */
    @Setup(Level.Trial)
    public void start() {
        int balls = pairs * BALLS_PER_PAIR;
        if (pairs <= 0 || ROUND_TRIPS % balls != 0) {
            throw new IllegalArgumentException("pairs=" + pairs + ": " + ROUND_TRIPS + " round trips must divide evenly among "
                    + BALLS_PER_PAIR + " balls per pair; use a divisor of " + ROUND_TRIPS / BALLS_PER_PAIR + ", e.g. 32, 1000, 10000");
        }
        roundTripsPerBall = ROUND_TRIPS / balls;
        runtime = Implementation.byLabel(impl).open();
        rallies = runtime.startRallies(pairs);
    }

    /** Stops everything the setup started. */
    @TearDown(Level.Trial)
    public void stop() {
        runtime.close();
    }

    /** One invocation: every pair plays its balls to the end; JMH divides by the round trips. */
    @Benchmark
    @OperationsPerInvocation(ROUND_TRIPS)
    public void pingPong() throws Exception {
        rallies.play(BALLS_PER_PAIR, roundTripsPerBall);
    }
}
