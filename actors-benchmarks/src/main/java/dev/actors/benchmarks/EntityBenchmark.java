package dev.actors.benchmarks;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.Entities;
import dev.actors.EntityRef;
import dev.actors.EntitySettings;
import dev.actors.benchmarks.ours.EchoActor;
import dev.actors.benchmarks.ours.OurRuntime;
import dev.actors.benchmarks.ours.Unimplemented;
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
 * Scenario 13, entities (issue 12): an ask of a live entity through its {@code EntityRef}
 * against an {@code ActorRef.ask} of the same echo actor class ({@link #baselineActorRefAsk()};
 * target at most 1.2x), the first message to a new key (the entity starts) and a message to a
 * passivated key (it starts again); microseconds per ask, each reply checked. The entities have
 * {@code maxLive} = {@value #MAX_LIVE}, so once that many are live, every start also passivates
 * the least recently used one (the steady state of a bounded entity set): new keys are 1, 2, 3...;
 * passivated keys cycle over {@value #CYCLED_KEYS} keys, each touched once in the setup, so the
 * key asked was touched {@value #CYCLED_KEYS} starts ago and is always passivated. The run checks
 * that the live count stayed within {@code maxLive}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EntityBenchmark {

    static final int MAX_LIVE = 1_000;
    static final int CYCLED_KEYS = 2 * MAX_LIVE;
    private static final Long LIVE_KEY = 0L;
    private static final Object REQUEST = "ping";

    /** This library's actor kind ({@code threading} or {@code virtual}). */
    @Param({"threading", "virtual"})
    public String kind;

    private ActorRegistry registry;
    private ActorRef<?> echo;
    private Entities<Long, ?> entities;
    private EntityRef<Long, ?> live;
    private long lastNewKey;
    private long cycled;

    /** Starts the echo actor and the entities, touches every cycled key once, then the live key. */
    @Setup
    public void start() {
        Unimplemented.entities().ifPresent(reason -> {
            throw new IllegalStateException("EntityBenchmark cannot run: " + reason);
        });
        OurRuntime.Kind actorKind = OurRuntime.Kind.byLabel(kind);
        registry = new ActorRegistry();
        echo = registry.start(EchoActor.create(actorKind));
        entities = EchoActor.entities(registry, actorKind, EntitySettings.defaults().withMaxLive(MAX_LIVE));
        for (int i = 0; i < CYCLED_KEYS; i++) {
            expectEcho(entities.ask(cycledKey(i), REQUEST).get(Timeouts.REPLY));
        }
        live = entities.ref(LIVE_KEY);
        expectEcho(live.ask(REQUEST).get(Timeouts.REPLY));
    }

    /** Checks that the live count stayed within the bound, then stops everything. */
    @TearDown
    public void stop() {
        // liveCount() may exceed maxLive for a moment while evicted incarnations run onStop (see
        // Entities.liveCount): give those in flight a bounded time to end before checking.
        long deadline = System.nanoTime() + Timeouts.REPLY.toNanos();
        int liveCount = entities.liveCount();
        while (liveCount > MAX_LIVE && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            liveCount = entities.liveCount();
        }
        registry.stopAll(Timeouts.REPLY);
        if (liveCount > MAX_LIVE) {
            throw new IllegalStateException(liveCount + " " + kind + " entities live with maxLive " + MAX_LIVE);
        }
    }

    /** The baseline: {@code ActorRef.ask} of an echo actor of the same class, started as usual. */
    @Benchmark
    public Object baselineActorRefAsk() {
        return expectEcho(echo.ask(REQUEST).get(Timeouts.REPLY));
    }

    /** {@code EntityRef.ask} of a live entity. */
    @Benchmark
    public Object entityRefAsk() {
        return expectEcho(live.ask(REQUEST).get(Timeouts.REPLY));
    }

    /** The first message to a new key: the entity starts (and the least recently used one is passivated). */
    @Benchmark
    public Object startNewKey() {
        return expectEcho(entities.ask(++lastNewKey, REQUEST).get(Timeouts.REPLY));
    }

    /** A message to a passivated key: the entity starts again (and the least recently used one is passivated). */
    @Benchmark
    public Object restartPassivatedKey() {
        cycled = (cycled + 1) % CYCLED_KEYS;
        return expectEcho(entities.ask(cycledKey(cycled), REQUEST).get(Timeouts.REPLY));
    }

    /** The cycled keys are negative, apart from the live key (0) and the new keys (1, 2, 3...). */
    private static Long cycledKey(long index) {
        return -1 - index;
    }

    private Object expectEcho(Object reply) {
        if (reply != REQUEST) {
            throw new IllegalStateException(kind + " echo entity replied " + reply + " to " + REQUEST);
        }
        return reply;
    }
}
