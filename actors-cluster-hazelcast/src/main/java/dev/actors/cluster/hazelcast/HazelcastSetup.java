package dev.actors.cluster.hazelcast;

import com.hazelcast.config.ExecutorConfig;
import com.hazelcast.config.InvalidConfigurationException;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an {@link EntityCluster} needs configured on its member, added as Hazelcast dynamic
 * configuration unless the application configured it already: the executor that carries
 * messages and replies ({@value EntityCluster#EXECUTOR}, 16 threads, no statistics) and the lease
 * map with one synchronous backup.
 */
final class HazelcastSetup {

    private static final Logger log = LoggerFactory.getLogger(HazelcastSetup.class);

    private HazelcastSetup() {
    }

    static void configure(HazelcastInstance hazelcast) {
        try {
            if (hazelcast.getConfig().getExecutorConfigs().get(EntityCluster.EXECUTOR) == null) {
                hazelcast.getConfig().addExecutorConfig(new ExecutorConfig(EntityCluster.EXECUTOR).setPoolSize(16)
                        .setStatisticsEnabled(false));
            }
            if (hazelcast.getConfig().getMapConfigOrNull(Leases.MAP) == null) {
                hazelcast.getConfig().addMapConfig(new MapConfig(Leases.MAP).setBackupCount(1).setAsyncBackupCount(0)
                        .setStatisticsEnabled(false));
            }
        } catch (InvalidConfigurationException | UnsupportedOperationException configured) {
            log.debug("Kept the configured {} executor and {} map: {}", EntityCluster.EXECUTOR, Leases.MAP,
                    configured.toString());
        }
    }
}
