package dev.actors.cluster.hazelcast;

import com.hazelcast.config.Config;

/** Loopback Hazelcast configs for tests in other packages (Spring contexts). */
public final class LoopbackConfigs {

    private LoopbackConfigs() {
    }

    /** A member alone in its own random cluster, on 127.0.0.1 and a free port. */
    public static Config single() {
        return new TestMembers(1).config(0);
    }

    /** The configs of {@code count} members of one random cluster, on 127.0.0.1 and free ports. */
    public static java.util.List<Config> members(int count) {
        TestMembers members = new TestMembers(count);
        return java.util.stream.IntStream.range(0, count).mapToObj(members::config).toList();
    }

    /** Waits until every partition has an owner and no migration is under way. */
    public static void awaitPartitionsAssigned(com.hazelcast.core.HazelcastInstance member) {
        TestMembers.awaitPartitionsAssigned(member, java.time.Duration.ofSeconds(30));
    }
}
