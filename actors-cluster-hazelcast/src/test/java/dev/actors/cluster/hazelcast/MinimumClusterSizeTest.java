package dev.actors.cluster.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.actors.ActorFuture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With a minimum cluster size of 2, a member alone (the minority side of a split brain, or a
 * cluster still forming) refuses to run entities with {@link MinimumClusterSizeException}, and
 * one that falls below it passivates its entities.
 */
class MinimumClusterSizeTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ClusterSettings MAJORITY_OF_THREE = ClusterSettings.defaults().withMinimumClusterSize(2);
    private final List<TestNode> nodes = new ArrayList<>();

    @AfterEach
    void stopCluster() {
        for (TestNode node : nodes) {
            node.close();
        }
    }

    @Test
    void aMemberBelowTheMinimumRefusesAndOneThatFallsBelowItStopsItsEntities() {
        TestMembers members = new TestMembers(2);
        TestNode first = new TestNode(members.start(0), MAJORITY_OF_THREE);
        nodes.add(first);

        ActorFuture<Object> refused = first.counters.ask("alone", new Counter.Get());
        assertThatThrownBy(() -> refused.get(WAIT)).isInstanceOf(MinimumClusterSizeException.class)
                .hasMessageContaining("1 member(s)").hasMessageContaining("minimum cluster size 2")
                .hasMessageContaining("split brain");
        assertThatThrownBy(() -> first.counters.tell("alone", new Counter.Add(1)))
                .isInstanceOf(MinimumClusterSizeException.class);
        assertThat(first.cluster.status().hasMinimumSize()).isFalse();

        TestNode second = new TestNode(members.start(1), MAJORITY_OF_THREE);
        nodes.add(second);
        TestMembers.awaitPartitionsAssigned(first.hazelcast, WAIT);
        await().atMost(WAIT).until(() -> first.cluster.status().hasMinimumSize());
        for (int k = 0; k < 10; k++) {
            assertThat(first.counters.<Integer>ask("majority-" + k, new Counter.Add(1)).get(WAIT)).isEqualTo(1);
        }
        assertThat(first.counters.liveCount()).isPositive();

        second.crash();
        await().atMost(WAIT).until(() -> first.counters.liveCount() == 0); // passivated: onStop ran
        ActorFuture<Object> minority = first.counters.ask("majority-0", new Counter.Get());
        assertThatThrownBy(() -> minority.get(WAIT)).isInstanceOf(MinimumClusterSizeException.class);
        // the handoff is counted once its lease entry is cleared, which comes after the entities stopped
        await().atMost(WAIT).until(() -> first.cluster.counters().handoffs() > 0);
    }
}
