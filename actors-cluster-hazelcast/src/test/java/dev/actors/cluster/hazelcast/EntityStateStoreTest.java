package dev.actors.cluster.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The state store on two members: what one saves the other loads and lists; deletes and bad input. */
class EntityStateStoreTest {

    private TestNode first;
    private TestNode second;

    @BeforeEach
    void startMembers() {
        TestMembers members = new TestMembers(2);
        first = new TestNode(members.start(0), ClusterSettings.defaults());
        second = new TestNode(members.start(1), ClusterSettings.defaults());
        TestMembers.awaitPartitionsAssigned(first.hazelcast, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopMembers() {
        first.close();
        second.close();
    }

    @Test
    void whatOneMemberSavesTheOtherLoadsAndListsUntilItIsDeleted() {
        for (int k = 0; k < 20; k++) {
            first.store.save("key-" + k, k);
        }
        second.store.delete("key-3");

        assertThat(second.store.load("key-7")).contains(7);
        assertThat(second.store.load("key-3")).isEmpty();
        assertThat(second.store.keys()).hasSize(19).contains("key-0", "key-19").doesNotContain("key-3");
        assertThat(first.store.keys()).isEqualTo(second.store.keys());
        assertThatThrownBy(() -> first.store.keys().add("key-99")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullKeysAndStatesAreRefused() {
        assertThatThrownBy(() -> first.store.save(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("key");
        assertThatThrownBy(() -> first.store.save("k", null)).isInstanceOf(NullPointerException.class).hasMessage("state");
        assertThatThrownBy(() -> first.store.load(null)).isInstanceOf(NullPointerException.class).hasMessage("key");
        assertThatThrownBy(() -> first.store.delete(null)).isInstanceOf(NullPointerException.class).hasMessage("key");
    }
}
