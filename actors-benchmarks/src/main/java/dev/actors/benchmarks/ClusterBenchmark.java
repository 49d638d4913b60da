package dev.actors.benchmarks;

import com.hazelcast.core.HazelcastInstance;
import dev.actors.ActorRegistry;
import dev.actors.Entities;
import dev.actors.EntityRef;
import dev.actors.EntitySettings;
import dev.actors.benchmarks.ours.EchoActor;
import dev.actors.cluster.hazelcast.ClusterSettings;
import dev.actors.cluster.hazelcast.EntityCluster;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Scenario 16, entities across two Hazelcast members on loopback (issue 13), both in the JMH
 * fork's JVM (each with its own registry and {@link EntityCluster}); the entity is the echo actor
 * on virtual threads, keys are {@code Long}, messages {@code String}s:
 * <ul>
 * <li>{@link #remoteAsk()}: one caller asking an entity owned by the other member, in sequence
 *     (sample time: JMH's p50 and p99 are the figures);</li>
 * <li>{@link #remoteAsk16Callers()}: 16 caller threads, each asking its own remote entity
 *     (asks/s);</li>
 * <li>{@link #remoteTell()}: a batch of tells to a remote entity, then an ask of the same entity,
 *     answered after the batch (per-sender-and-key order); per tell;</li>
 * <li>{@link #localOwnerAsk()} against {@link #baselineLocalEntitiesAsk()}: an ask to an entity
 *     this member owns, through the clustered entities (the local path) and through a plain
 *     {@code registry.entities} of the same class (target at most 1.5x).</li>
 * </ul>
 * Every reply is checked. Remote keys are chosen so that the other member owns their partition.
 */
@State(Scope.Benchmark)
public class ClusterBenchmark {

    static final int TELL_BATCH = 1_000;
    static final int CALLERS = 16;
    private static final String REQUEST = "ping";

    private LoopbackMembers members;
    private HazelcastInstance first;
    private HazelcastInstance second;
    private ActorRegistry firstRegistry;
    private ActorRegistry secondRegistry;
    private EntityCluster sender;
    private EntityCluster owner;
    private Entities<Long, EchoActor.OnVirtualThread> fromSender;
    private EntityRef<Long, EchoActor.OnVirtualThread> remote;
    private EntityRef<Long, EchoActor.OnVirtualThread> localOwner;
    private EntityRef<Long, EchoActor.OnVirtualThread> plainLocal;
    private long[] callerKeys;
    private final AtomicInteger nextCaller = new AtomicInteger();

    /** Starts both members, their entity clusters, and every entity measured (each answers once). */
    @Setup
    public void start() {
        members = new LoopbackMembers(2);
        first = members.start(0);
        second = members.start(1);
        members.awaitPartitionsAssigned(first);
        firstRegistry = new ActorRegistry();
        secondRegistry = new ActorRegistry();
        sender = EntityCluster.start(first, firstRegistry, ClusterSettings.defaults());
        owner = EntityCluster.start(second, secondRegistry, ClusterSettings.defaults());
        fromSender = sender.entities(EchoActor.OnVirtualThread.class, key -> new EchoActor.OnVirtualThread(),
                EntitySettings.defaults());
        owner.entities(EchoActor.OnVirtualThread.class, key -> new EchoActor.OnVirtualThread(), EntitySettings.defaults());
        Entities<Long, EchoActor.OnVirtualThread> plain = firstRegistry.entities(EchoActor.OnVirtualThread.class,
                key -> new EchoActor.OnVirtualThread(), EntitySettings.defaults());

        long next = 0;
        long remoteKey = members.keyOwnedBy(first, second, next);
        next = remoteKey + 1;
        long localKey = members.keyOwnedBy(first, first, next);
        next = Math.max(next, localKey + 1);
        callerKeys = new long[CALLERS];
        for (int c = 0; c < CALLERS; c++) {
            callerKeys[c] = members.keyOwnedBy(first, second, next);
            next = callerKeys[c] + 1;
        }
        remote = fromSender.ref(remoteKey);
        localOwner = fromSender.ref(localKey);
        plainLocal = plain.ref(localKey);
        expectEcho(remote.ask(REQUEST).get(Timeouts.REPLY));
        expectEcho(localOwner.ask(REQUEST).get(Timeouts.REPLY)); // takes the partition's lease on this member
        expectEcho(plainLocal.ask(REQUEST).get(Timeouts.REPLY));
        for (long key : callerKeys) {
            expectEcho(fromSender.ask(key, REQUEST).get(Timeouts.REPLY));
        }
    }

    /** Closes both entity clusters, shuts the members down and stops every actor. */
    @TearDown
    public void stop() {
        try {
            sender.close();
            owner.close();
        } finally {
            first.shutdown();
            second.shutdown();
            firstRegistry.stopAll(Timeouts.REPLY);
            secondRegistry.stopAll(Timeouts.REPLY);
        }
    }

    /** One caller's key: a remote entity of its own. */
    @State(Scope.Thread)
    public static class Caller {
        private EntityRef<Long, EchoActor.OnVirtualThread> ref;

        /** Takes the next caller key. */
        @Setup
        public void pick(ClusterBenchmark benchmark) {
            int index = benchmark.nextCaller.getAndIncrement() % CALLERS;
            ref = benchmark.fromSender.ref(benchmark.callerKeys[index]);
        }
    }

    /** A remote ask, one caller: the latency distribution. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object remoteAsk() {
        return expectEcho(remote.ask(REQUEST).get(Timeouts.REPLY));
    }

    /** Remote asks from 16 caller threads, each to its own entity: asks per second. */
    @Benchmark
    @Threads(CALLERS)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Object remoteAsk16Callers(Caller caller) {
        return expectEcho(caller.ref.ask(REQUEST).get(Timeouts.REPLY));
    }

    /** A batch of remote tells, then an ask of the same entity (handled after them); per tell. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(TELL_BATCH)
    public Object remoteTell() {
        for (int i = 1; i < TELL_BATCH; i++) {
            remote.tell(REQUEST);
        }
        return expectEcho(remote.ask(REQUEST).get(Timeouts.REPLY));
    }

    /** An ask to an entity this member owns, through the clustered entities (the local path). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object localOwnerAsk() {
        return expectEcho(localOwner.ask(REQUEST).get(Timeouts.REPLY));
    }

    /** The same ask through a plain local {@code Entities}: the local-owner path's baseline. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object baselineLocalEntitiesAsk() {
        return expectEcho(plainLocal.ask(REQUEST).get(Timeouts.REPLY));
    }

    private static Object expectEcho(Object reply) {
        if (!REQUEST.equals(reply)) {
            throw new IllegalStateException("Expected the echo '" + REQUEST + "', got " + reply);
        }
        return reply;
    }
}
