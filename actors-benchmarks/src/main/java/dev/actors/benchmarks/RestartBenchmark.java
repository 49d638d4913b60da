package dev.actors.benchmarks;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.RestartPolicy;
import dev.actors.benchmarks.ours.OurRuntime;
import dev.actors.benchmarks.ours.SupervisedActor;
import java.time.Duration;
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
 * Scenario 12, restart latency (issue 11): from a failure to a new instance handling the next
 * message. One operation tells the actor a message whose handler throws, then asks it and
 * blocks for the reply, which the new instance gives: the failure, {@code onFailure}, the
 * {@code FAILED} dead letter, a fresh instance from the factory and its {@code onStart}, then
 * the ask; with no backoff ({@code withBackoff(ZERO, ZERO)}). {@link #baselineTellAndAsk()} is
 * the same tell and ask with nothing failing, so the ratio is what the restart adds. The run
 * checks that every poison restarted the actor once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RestartBenchmark {

    /**
     * Restarts at once, and never reaches its bound: restarts older than 1 ms leave the window,
     * and 10,000 within 1 ms would be 0.1 µs per cycle. (A small window rather than
     * {@code Integer.MAX_VALUE} restarts: this branch's base sized its record of recent restarts
     * by the bound, an {@code OutOfMemoryError} at the first failure; main's {@code Supervisor}
     * no longer does.)
     */
    static final RestartPolicy AT_ONCE = RestartPolicy.onFailure()
            .withBackoff(Duration.ZERO, Duration.ZERO)
            .withMaxRestarts(10_000, Duration.ofMillis(1));

    private static final Object REQUEST = "after";
    private static final Object HARMLESS = "harmless";

    /** This library's actor kind ({@code threading} or {@code virtual}). */
    @Param({"threading", "virtual"})
    public String kind;

    private ActorRegistry registry;
    private ActorRef<?> actor;
    private int poisons;

    /** Starts the actor of the scenario from its factory, once per fork. */
    @Setup
    public void start() {
        OurRuntime.Kind actorKind = OurRuntime.Kind.byLabel(kind);
        registry = new ActorRegistry();
        actor = registry.startFrom(() -> SupervisedActor.create(actorKind, AT_ONCE));
    }

    /** Checks that each poison restarted the actor once, then stops it. */
    @TearDown
    public void stop() {
        int restarts = actor.restartCount();
        boolean alive = actor.isAlive();
        registry.stopAll(Timeouts.REPLY);
        if (restarts != poisons || !alive) {
            throw new IllegalStateException(kind + " actor restarted " + restarts + " times for " + poisons
                    + " failed messages (alive at the end: " + alive + "): each failure must restart it once");
        }
    }

    /** Tells a message that fails, then asks: the reply comes from the new instance. */
    @Benchmark
    public Object restart() {
        actor.tell(SupervisedActor.POISON);
        poisons++;
        return expectEcho(actor.ask(REQUEST).get(Timeouts.REPLY));
    }

    /** The baseline: the same tell and ask, the tell harmless. */
    @Benchmark
    public Object baselineTellAndAsk() {
        actor.tell(HARMLESS);
        return expectEcho(actor.ask(REQUEST).get(Timeouts.REPLY));
    }

    private Object expectEcho(Object reply) {
        if (reply != REQUEST) {
            throw new IllegalStateException(kind + " actor replied " + reply + " to the ask " + REQUEST + ", not the request");
        }
        return reply;
    }
}
