package dev.actors.cluster.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actors.ActorTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A member is terminated (no handoff, no migration: a crash) while two others keep asking every
 * key to add 1: no ask hangs (each ends within the ask timeout, with its reply or a clear
 * exception), the crashed member's keys come back on the others with the state they had saved,
 * and every acknowledged addition is in it.
 */
class CrashTest {

    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(10);
    /** Past the ask timeout: an ask still pending then is hung. */
    private static final Duration HUNG = ASK_TIMEOUT.plusSeconds(10);
    private static final int KEYS = 20;
    private final List<TestNode> nodes = new ArrayList<>();

    @AfterEach
    void stopCluster() {
        for (TestNode node : nodes) {
            node.close();
        }
        Counter.DOUBLE_ACTIVATIONS.clear();
    }

    @Test
    void aCrashUnderTrafficFailsNoAskSilentlyAndKeepsTheStoredState() throws Exception {
        TestMembers members = new TestMembers(3);
        for (int i = 0; i < 3; i++) {
            nodes.add(new TestNode(members.start(i), ClusterSettings.defaults().withAskTimeout(ASK_TIMEOUT)));
        }
        TestMembers.awaitPartitionsAssigned(nodes.get(0).hazelcast, Duration.ofSeconds(30));
        TestNode doomed = nodes.get(1);
        Map<String, AtomicInteger> acked = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> unknown = new ConcurrentHashMap<>();
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicBoolean crashed = new AtomicBoolean();
        CountDownLatch answeredAfterCrash = new CountDownLatch(KEYS);
        Map<String, Boolean> seenAfterCrash = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch warmedUp = new CountDownLatch(2);
        List<Thread> senders = new ArrayList<>();
        for (TestNode through : List.of(nodes.get(0), nodes.get(2))) {
            senders.add(Thread.ofPlatform().start(() -> {
                for (int round = 0; round < 2_000 && !stop.get(); round++) {
                    for (int k = 0; k < KEYS; k++) {
                        String key = "crash-" + k;
                        boolean afterCrash = crashed.get();
                        try {
                            through.counters.ask(key, new Counter.Add(1)).toCompletableFuture()
                                    .get(HUNG.toMillis(), TimeUnit.MILLISECONDS);
                            acked.computeIfAbsent(key, any -> new AtomicInteger()).incrementAndGet();
                            if (afterCrash && seenAfterCrash.putIfAbsent(key, true) == null) {
                                answeredAfterCrash.countDown();
                            }
                        } catch (ExecutionException failed) {
                            unknown.computeIfAbsent(key, any -> new AtomicInteger()).incrementAndGet();
                            Throwable cause = failed.getCause();
                            if (!(cause instanceof EntityUnreachableException || cause instanceof ActorTimeoutException)) {
                                problems.add("unexpected failure for " + key + ": " + cause);
                            }
                        } catch (TimeoutException hung) {
                            problems.add("an ask to " + key + " hung past " + HUNG);
                        } catch (InterruptedException interrupted) {
                            return;
                        }
                    }
                    if (round == 3) {
                        warmedUp.countDown();
                    }
                }
            }));
        }
        assertThat(warmedUp.await(30, TimeUnit.SECONDS)).isTrue();

        doomed.crash();
        crashed.set(true);
        assertThat(answeredAfterCrash.await(60, TimeUnit.SECONDS)).as("every key answers again after the crash").isTrue();
        stop.set(true);
        for (Thread sender : senders) {
            sender.join(HUNG.toMillis() * 2);
            assertThat(sender.isAlive()).isFalse();
        }

        assertThat(problems).isEmpty();
        assertThat(Counter.DOUBLE_ACTIVATIONS).isEmpty();
        TestNode survivor = nodes.get(0);
        for (int k = 0; k < KEYS; k++) {
            String key = "crash-" + k;
            int count = survivor.counters.<Integer>ask(key, new Counter.Get()).get(ASK_TIMEOUT);
            int ackedAdds = acked.getOrDefault(key, new AtomicInteger()).get();
            int unknownAdds = unknown.getOrDefault(key, new AtomicInteger()).get();
            assertThat(count).as("state of %s: %s acknowledged, %s unknown", key, ackedAdds, unknownAdds)
                    .isBetween(ackedAdds, ackedAdds + unknownAdds);
            assertThat(survivor.store.load(key)).contains(count);
        }
        assertThat(survivor.cluster.counters().takeovers() + nodes.get(2).cluster.counters().takeovers()).isPositive();
    }
}
