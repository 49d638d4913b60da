package dev.actors.cluster.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import dev.actors.ActorRegistry;
import dev.actors.EntitySettings;
import dev.actors.Entities;
import java.time.Duration;

/** One member of a test cluster: its Hazelcast instance, registry, entity cluster and Counter entities. */
final class TestNode implements AutoCloseable {

    final HazelcastInstance hazelcast;
    final ActorRegistry registry = new ActorRegistry();
    final EntityCluster cluster;
    final EntityStateStore<String, Integer> store;
    final Entities<String, Counter> counters;

    TestNode(HazelcastInstance hazelcast, ClusterSettings settings) {
        this.hazelcast = hazelcast;
        registry.setAskTimeout(Duration.ofSeconds(10));
        this.cluster = EntityCluster.start(hazelcast, registry, settings);
        this.store = cluster.stateStore("counters");
        this.counters = cluster.entities(Counter.class, key -> new Counter(key, hazelcast, store), EntitySettings.defaults());
    }

    String uuid() {
        return hazelcast.getCluster().getLocalMember().getUuid().toString();
    }

    /** Leaves gracefully: entity cluster first, then Hazelcast (its partitions migrate), then the actors. */
    @Override
    public void close() {
        cluster.close();
        if (hazelcast.getLifecycleService().isRunning()) {
            hazelcast.shutdown();
        }
        registry.stopAll(Duration.ofSeconds(10));
    }

    /** Crashes: Hazelcast is terminated (no handoff, no migration); the actors are abandoned, then stopped. */
    void crash() {
        hazelcast.getLifecycleService().terminate();
    }
}
