package dev.actors.cluster.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A member joins and another leaves gracefully while senders on the other members keep telling
 * numbered messages to every key: each key is live on one member at a time, and each sender's
 * messages to each key are all handled, in order (1, 2, 3... checked by the entity against a
 * shared IMap, across incarnations and members).
 */
class MembershipChangeTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int KEYS = 24;
    private final List<TestNode> nodes = new ArrayList<>();

    @AfterEach
    void stopCluster() {
        for (TestNode node : nodes) {
            node.close();
        }
        Counter.DOUBLE_ACTIVATIONS.clear();
        Counter.OUT_OF_ORDER.clear();
    }

    @Test
    void aJoinAndAGracefulLeaveUnderTrafficKeepOneLiveEntityPerKeyAndEverySendersOrder() throws Exception {
        TestMembers members = new TestMembers(4);
        for (int i = 0; i < 3; i++) {
            nodes.add(new TestNode(members.start(i), ClusterSettings.defaults()));
        }
        TestMembers.awaitPartitionsAssigned(nodes.get(0).hazelcast, WAIT);
        AtomicBoolean stop = new AtomicBoolean();
        Map<String, Long> lastSent = new ConcurrentHashMap<>();
        List<Thread> senders = new ArrayList<>();
        CountDownLatch warmedUp = new CountDownLatch(4);
        for (int s = 0; s < 4; s++) {
            TestNode through = nodes.get(s % 2 == 0 ? 0 : 2); // node 1 leaves: nobody sends through it
            String sender = "sender-" + s;
            senders.add(Thread.ofPlatform().name(sender).start(() -> send(through, sender, stop, lastSent, warmedUp)));
        }
        assertThat(warmedUp.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        nodes.add(new TestNode(members.start(3), ClusterSettings.defaults())); // joins: partitions move to it
        TestMembers.awaitPartitionsAssigned(nodes.get(0).hazelcast, WAIT);
        TestNode leaving = nodes.remove(1);
        leaving.close(); // leaves gracefully: hands over, then its partitions move
        TestMembers.awaitPartitionsAssigned(nodes.get(0).hazelcast, WAIT);
        assertThat(nodes.get(0).hazelcast.getCluster().getMembers()).hasSize(3);

        stop.set(true);
        for (Thread thread : senders) {
            thread.join(WAIT.toMillis());
            assertThat(thread.isAlive()).as("%s finished", thread.getName()).isFalse();
        }
        for (String key : keys()) { // an ask through the same sender's member comes after its tells
            nodes.get(0).counters.ask(key, new Counter.Get()).get(WAIT);
            nodes.get(1).counters.ask(key, new Counter.Get()).get(WAIT);
        }
        IMap<String, Long> sequences = nodes.get(0).hazelcast.getMap("test.sequences");
        assertThat(Counter.OUT_OF_ORDER).isEmpty();
        assertThat(Counter.DOUBLE_ACTIVATIONS).isEmpty();
        for (Map.Entry<String, Long> sent : lastSent.entrySet()) {
            assertThat(sequences.get(sent.getKey())).as("last number handled for %s", sent.getKey()).isEqualTo(sent.getValue());
        }
        assertThat(nodes.stream().mapToLong(node -> node.cluster.counters().handoffs()).sum()).isPositive();
    }

    /** Tells numbered messages to every key, round after round; each round ends with an ask (pacing, and a check that asks end). */
    private static void send(TestNode through, String sender, AtomicBoolean stop, Map<String, Long> lastSent,
            CountDownLatch warmedUp) {
        List<String> keys = keys();
        for (long round = 1; round <= 5_000 && !stop.get(); round++) {
            for (String key : keys) {
                through.counters.tell(key, new Counter.Numbered(sender, round));
                lastSent.put(key + "|" + sender, round);
            }
            String probe = keys.get((int) (round % keys.size()));
            round++;
            Long answered = through.counters.<Long>ask(probe, new Counter.Numbered(sender, round)).get(WAIT);
            assertThat(answered).isEqualTo(round);
            lastSent.put(probe + "|" + sender, round);
            for (String key : keys) { // the others skip that number: tell it to them too
                if (!key.equals(probe)) {
                    through.counters.tell(key, new Counter.Numbered(sender, round));
                    lastSent.put(key + "|" + sender, round);
                }
            }
            if (round == 10) {
                warmedUp.countDown();
            }
        }
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < KEYS; k++) {
            keys.add("member-change-" + k);
        }
        return keys;
    }
}
