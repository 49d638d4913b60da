package dev.actors.cluster.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.core.HazelcastInstance;
import dev.actors.ActorFuture;
import dev.actors.ActorRegistry;
import dev.actors.ActorTimeoutException;
import dev.actors.EntitySettings;
import java.lang.reflect.Proxy;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Misuse of the entity cluster itself: each fails at once with a message naming the problem and what to do. */
class ClusterBadInputTest {

    private static TestNode node;

    @BeforeAll
    static void startMember() {
        node = new TestNode(new TestMembers(1).start(0), ClusterSettings.defaults());
        TestMembers.awaitPartitionsAssigned(node.hazelcast, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopMember() {
        node.close();
    }

    @Test
    void aSecondEntityClusterOnOneMemberIsRefused() {
        assertThatThrownBy(() -> EntityCluster.start(node.hazelcast, new ActorRegistry()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("runs on this Hazelcast member already")
                .hasMessageContaining("make one per member");
    }

    @Test
    void theSameKindMadeTwiceOnOneMemberIsRefused() {
        assertThatThrownBy(() -> node.cluster.entities(Counter.class, key -> new Counter(String.valueOf(key), node.hazelcast,
                null), EntitySettings.defaults())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Clustered Counter entities were made on this member already");
    }

    @Test
    void aHazelcastClientIsRefused() {
        HazelcastInstance client = (HazelcastInstance) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HazelcastInstance.class}, (proxy, method, args) -> null);
        assertThatThrownBy(() -> EntityCluster.start(client, new ActorRegistry())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs an embedded Hazelcast member").hasMessageContaining("client");
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> ClusterSettings.defaults().withMinimumClusterSize(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1, got 0");
        assertThatThrownBy(() -> ClusterSettings.defaults().withAskTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive, got PT0S");
        assertThatThrownBy(() -> ClusterSettings.defaults().withHandoffTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive, got PT-1S");
    }

    @Test
    void aSendThroughAClosedEntityClusterIsRefused() {
        TestNode closing = new TestNode(new TestMembers(1).start(0), ClusterSettings.defaults());
        closing.cluster.close();
        try {
            assertThatThrownBy(() -> closing.counters.tell("k", new Counter.Get())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is closed");
            ActorFuture<Object> refused = closing.counters.ask("k", new Counter.Get());
            assertThatThrownBy(() -> refused.get(Duration.ofSeconds(5))).isInstanceOf(IllegalStateException.class);
        } finally {
            closing.close();
        }
    }

    @Test
    void aRemoteAskThatCannotBeDeliveredEndsAtTheAskTimeout() {
        TestMembers members = new TestMembers(2);
        TestNode asking = new TestNode(members.start(0), ClusterSettings.defaults().withAskTimeout(Duration.ofSeconds(2)));
        HazelcastInstance bare = members.start(1); // a member without the Counter entities: it cannot take their messages
        try {
            TestMembers.awaitPartitionsAssigned(asking.hazelcast, Duration.ofSeconds(30));
            String key = RoutingTest.keyOwnedBy(bare, "undeliverable-");
            ActorFuture<Object> reply = asking.counters.ask(key, new Counter.Get());
            assertThatThrownBy(() -> reply.get(Duration.ofSeconds(20))).isInstanceOf(ActorTimeoutException.class)
                    .hasMessageContaining("could not be delivered").hasMessageContaining("has no such entities");
            assertThat(asking.cluster.counters().remoteFailures(ClusterCounters.Failure.UNREACHABLE)).isPositive();
        } finally {
            asking.close();
            bare.shutdown();
        }
    }
}
