package dev.actors.benchmarks;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.RestartPolicy;
import dev.actors.benchmarks.ours.OurRuntime;
import dev.actors.benchmarks.ours.SupervisedActor;
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
 * Scenario 11, what a restart policy costs when nothing fails (issue 11: at most 1.05x): the
 * tell batches of {@link TellBenchmark} and the asks of {@link AskBenchmark}, on this library's
 * two kinds, to an actor started as today ({@code policy=never}: {@code registry.start(instance)})
 * and to the same actor class with {@code RestartPolicy.onFailure()}
 * ({@code registry.startFrom(factory)}). Ratios are against {@code policy=never} of the same
 * kind and method; the run checks that the actor never restarted (the hot path was measured,
 * not a restart).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SupervisionBenchmark {

    private static final Object MESSAGE = "tick";

    /** This library's actor kind ({@code threading} or {@code virtual}). */
    @Param({"threading", "virtual"})
    public String kind;

    /** The actor's restart policy: {@code never} (today's default) or {@code onFailure}. */
    @Param({"never", "onFailure"})
    public String policy;

    private ActorRegistry registry;
    private ActorRef<?> actor;

    /** Starts the actor of the scenario, once per fork. */
    @Setup
    public void start() {
        OurRuntime.Kind actorKind = OurRuntime.Kind.byLabel(kind);
        registry = new ActorRegistry();
        actor = switch (policy) {
            case "never" -> registry.start(SupervisedActor.create(actorKind, RestartPolicy.never()));
            case "onFailure" -> registry.startFrom(() -> SupervisedActor.create(actorKind, RestartPolicy.onFailure()));
            default -> throw new IllegalArgumentException("Unknown policy '" + policy + "': use never or onFailure");
        };
    }

    /** Checks that nothing restarted, then stops the actor. */
    @TearDown
    public void stop() {
        int restarts = actor.restartCount();
        registry.stopAll(Timeouts.REPLY);
        if (restarts != 0) {
            throw new IllegalStateException(kind + " actor with policy " + policy + " restarted " + restarts
                    + " times though no message failed: this measured restarts, not the hot path");
        }
    }

    /** A batch of tells, the last a latch (as {@link TellBenchmark#tell()}); JMH divides by the messages sent. */
    @Benchmark
    @OperationsPerInvocation(TellBenchmark.BATCH)
    public void tell() throws InterruptedException {
        for (int i = 1; i < TellBenchmark.BATCH; i++) {
            actor.tell(MESSAGE);
        }
        CountDownLatch done = new CountDownLatch(1);
        actor.tell(done);
        Timeouts.await(done, kind + " tell batch (policy " + policy + ")");
    }

    /** One ask, blocking for the reply (as {@link AskBenchmark#ask()}); microseconds, as there. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object ask() {
        return actor.ask(MESSAGE).get(Timeouts.REPLY);
    }
}
