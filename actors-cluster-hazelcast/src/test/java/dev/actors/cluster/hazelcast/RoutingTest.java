package dev.actors.cluster.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Routing in a healthy three-member cluster: every key runs on its partition's owner, reached from every member. */
class RoutingTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<TestNode> nodes = new ArrayList<>();

    @BeforeAll
    static void startCluster() {
        TestMembers members = new TestMembers(3);
        for (int i = 0; i < 3; i++) {
            nodes.add(new TestNode(members.start(i), ClusterSettings.defaults()));
        }
        TestMembers.awaitPartitionsAssigned(nodes.get(0).hazelcast, WAIT);
    }

    @AfterAll
    static void stopCluster() {
        for (TestNode node : nodes) {
            node.close();
        }
    }

    @Test
    void everyKeyRunsOnItsPartitionOwnerWhicheverMemberSends() {
        for (int k = 0; k < 30; k++) {
            String key = "routing-" + k;
            String owner = owner(nodes.get(0).hazelcast, key);
            for (TestNode node : nodes) {
                String where = node.counters.<String>ask(key, new Counter.WhereAreYou()).get(WAIT);
                assertThat(where).as("where %s runs, asked from %s", key, node.uuid()).isEqualTo(owner);
                node.counters.ask(key, new Counter.Add(1)).get(WAIT); // tells of different senders are not ordered
            }
            Integer count = nodes.get(1).counters.<Integer>ask(key, new Counter.Get()).get(WAIT);
            assertThat(count).isEqualTo(3);
        }
        assertThat(Counter.DOUBLE_ACTIVATIONS).isEmpty();
    }

    @Test
    void aSendToAKeyOwnedHereTakesTheLocalPath() {
        TestNode node = nodes.get(2);
        String key = keyOwnedBy(node, "local-");
        node.counters.ask(key, new Counter.Get()).get(WAIT); // takes the lease of its partition
        long remoteBefore = node.cluster.counters().remoteSends(ClusterCounters.Send.ASK);
        Object message = new Counter.Add(5);
        for (int i = 0; i < 10; i++) {
            node.counters.ask(key, message).get(WAIT);
        }
        assertThat(node.cluster.counters().remoteSends(ClusterCounters.Send.ASK)).isEqualTo(remoteBefore);
        assertThat(node.counters.<Integer>ask(key, new Counter.Get()).get(WAIT)).isEqualTo(50);
    }

    static String owner(HazelcastInstance hazelcast, String key) {
        return hazelcast.getPartitionService().getPartition(key).getOwner().getUuid().toString();
    }

    static String keyOwnedBy(TestNode node, String prefix) {
        return keyOwnedBy(node.hazelcast, prefix);
    }

    static String keyOwnedBy(HazelcastInstance member, String prefix) {
        String uuid = member.getCluster().getLocalMember().getUuid().toString();
        for (int i = 0; ; i++) {
            String key = prefix + i;
            if (owner(member, key).equals(uuid)) {
                return key;
            }
        }
    }
}
