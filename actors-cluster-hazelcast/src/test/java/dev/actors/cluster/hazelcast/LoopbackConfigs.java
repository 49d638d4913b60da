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
}
