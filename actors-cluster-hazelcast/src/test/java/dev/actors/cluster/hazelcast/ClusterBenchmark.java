package dev.actors.cluster.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import dev.actors.ActorRegistry;
import dev.actors.EntityRef;
import dev.actors.EntitySettings;
import dev.actors.Entities;
import dev.actors.VirtualThreadActor;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The cluster's figures (a bounded harness, not a unit test: it runs only with
 * {@code -Dactors.cluster.benchmark=true}; see docs/cluster.md for the command). Two real members
 * on loopback in this JVM:
 * <ol>
 * <li>remote ask latency: one caller, asks in sequence to an entity on the other member (p50, p99 µs);</li>
 * <li>remote ask throughput: 16 caller threads, each asking in sequence (asks/s);</li>
 * <li>remote tell throughput: one sender telling entities on the other member (tells/s, until all are handled);</li>
 * <li>the local-owner path: an ask to an entity this member owns through the clustered entities vs
 *     the same ask through the local {@code Entities} alone (p50 µs and the ratio; the issue's
 *     bound is 1.5).</li>
 * </ol>
 * Sizes can be set with {@code -Dactors.cluster.benchmark.seconds=N} (per throughput run, default 5).
 */
@EnabledIfSystemProperty(named = "actors.cluster.benchmark", matches = "true")
class ClusterBenchmark {

    private static final int LATENCY_ASKS = 20_000;
    private static final int WARMUP_ASKS = 10_000;
    private static final int CALLERS = 16;
    private static final int TELLS = 200_000;
    private static final int TELL_KEYS = 64;

    /** The benchmark's entity: answers what it is asked, counts what it is told. */
    static final class Echo extends VirtualThreadActor {
        static final LongAdder TOLD = new LongAdder();

        @Override
        protected Object onReceive(Object message) {
            if (message instanceof Ping ping) {
                return ping;
            }
            TOLD.increment();
            return null;
        }
    }

    record Ping(long sequence) implements Serializable {
    }

    record Told(long sequence) implements Serializable {
    }

    @Test
    void figures() throws Exception {
        long seconds = Long.getLong("actors.cluster.benchmark.seconds", 5);
        TestMembers members = new TestMembers(2);
        HazelcastInstance first = members.start(0);
        HazelcastInstance second = members.start(1);
        TestMembers.awaitPartitionsAssigned(first, Duration.ofSeconds(30));
        ActorRegistry firstRegistry = new ActorRegistry();
        ActorRegistry secondRegistry = new ActorRegistry();
        EntityCluster sender = EntityCluster.start(first, firstRegistry, ClusterSettings.defaults());
        EntityCluster owner = EntityCluster.start(second, secondRegistry, ClusterSettings.defaults());
        Entities<String, Echo> fromSender = sender.entities(Echo.class, key -> new Echo(), EntitySettings.defaults());
        Entities<String, Echo> onOwner = owner.entities(Echo.class, key -> new Echo(), EntitySettings.defaults());
        try {
            String remoteKey = keyOwnedBy(first, second, "remote-");
            EntityRef<String, Echo> remote = fromSender.ref(remoteKey);
            report("remote ask, 1 caller", latencies(remote));
            System.out.printf(Locale.ROOT, "remote ask, %d callers: %,.0f asks/s%n", CALLERS,
                    throughput(fromSender, first, second, seconds));
            System.out.printf(Locale.ROOT, "remote tell, 1 sender: %,.0f tells/s%n", tells(fromSender, first, second));

            String localKey = keyOwnedBy(first, first, "local-");
            EntityRef<String, Echo> clustered = fromSender.ref(localKey);
            clustered.ask(new Ping(0)).get(Duration.ofSeconds(10)); // takes the partition's lease
            Entities<String, Echo> plain = firstRegistry.entities(Echo.class, key -> new Echo(),
                    EntitySettings.defaults());
            long[] viaCluster = latencies(clustered);
            long[] viaLocal = latencies(plain.ref(localKey));
            report("local-owner ask through the cluster", viaCluster);
            report("the same ask through the local Entities", viaLocal);
            System.out.printf(Locale.ROOT, "local-owner path / local Entities (p50): %.2f (bound 1.5)%n",
                    (double) percentile(viaCluster, 50) / percentile(viaLocal, 50));
        } finally {
            sender.close();
            owner.close();
            first.shutdown();
            second.shutdown();
            firstRegistry.stopAll();
            secondRegistry.stopAll();
        }
    }

    private static long[] latencies(EntityRef<String, Echo> ref) {
        Duration timeout = Duration.ofSeconds(10);
        for (int i = 0; i < WARMUP_ASKS; i++) {
            ref.ask(new Ping(i)).get(timeout);
        }
        long[] nanos = new long[LATENCY_ASKS];
        for (int i = 0; i < LATENCY_ASKS; i++) {
            long start = System.nanoTime();
            ref.ask(new Ping(i)).get(timeout);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double throughput(Entities<String, Echo> entities, HazelcastInstance from, HazelcastInstance to,
            long seconds) throws InterruptedException {
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder asks = new LongAdder();
        CountDownLatch done = new CountDownLatch(CALLERS);
        for (int c = 0; c < CALLERS; c++) {
            EntityRef<String, Echo> ref = entities.ref(keyOwnedBy(from, to, "caller-" + c + "-"));
            Thread.ofPlatform().start(() -> {
                for (long i = 0; !stop.get(); i++) {
                    ref.ask(new Ping(i)).get(Duration.ofSeconds(10));
                    if (measuring.get()) {
                        asks.increment();
                    }
                }
                done.countDown();
            });
        }
        TimeUnit.SECONDS.sleep(2); // warm-up: the run's pacing, not a synchronisation
        measuring.set(true);
        long start = System.nanoTime();
        TimeUnit.SECONDS.sleep(seconds);
        long counted = asks.sum();
        double elapsed = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        done.await(30, TimeUnit.SECONDS);
        return counted / elapsed;
    }

    private static double tells(Entities<String, Echo> entities, HazelcastInstance from, HazelcastInstance to) {
        List<EntityRef<String, Echo>> refs = new ArrayList<>();
        for (int k = 0; k < TELL_KEYS; k++) {
            refs.add(entities.ref(keyOwnedBy(from, to, "told-" + k + "-")));
        }
        for (EntityRef<String, Echo> ref : refs) {
            ref.ask(new Ping(0)).get(Duration.ofSeconds(10));
        }
        long before = Echo.TOLD.sum();
        long start = System.nanoTime();
        for (int i = 0; i < TELLS; i++) {
            refs.get(i % TELL_KEYS).tell(new Told(i));
        }
        for (EntityRef<String, Echo> ref : refs) { // each ask comes after that sender's tells to its key
            ref.ask(new Ping(0)).get(Duration.ofSeconds(60));
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (Echo.TOLD.sum() - before != TELLS) {
            throw new AssertionError("handled " + (Echo.TOLD.sum() - before) + " of " + TELLS + " tells");
        }
        return TELLS / elapsed;
    }

    private static void report(String what, long[] sorted) {
        System.out.printf(Locale.ROOT, "%s: p50 %.1f µs, p99 %.1f µs (%d asks)%n", what, percentile(sorted, 50) / 1e3,
                percentile(sorted, 99) / 1e3, sorted.length);
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
    }

    private static String keyOwnedBy(HazelcastInstance asking, HazelcastInstance owner, String prefix) {
        String uuid = owner.getCluster().getLocalMember().getUuid().toString();
        for (int i = 0; ; i++) {
            if (RoutingTest.owner(asking, prefix + i).equals(uuid)) {
                return prefix + i;
            }
        }
    }
}
