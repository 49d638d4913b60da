package dev.actors.cluster.hazelcast;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Real embedded Hazelcast members for tests, on loopback only: 127.0.0.1, TCP-IP join among
 * ports picked free, multicast and auto-detection off, a random cluster name, few partitions and
 * short heartbeats (so a terminated member is noticed in seconds; production defaults are 271
 * partitions and a 60 s heartbeat timeout).
 */
final class TestMembers {

    static final int PARTITIONS = 23;

    private final String clusterName = "actors-test-" + UUID.randomUUID();
    private final List<Integer> ports;

    TestMembers(int maxMembers) {
        this.ports = freePorts(maxMembers);
    }

    /** The config of member {@code index} (0-based, below the max given). */
    Config config(int index) {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setInstanceName(clusterName + "-" + index);
        config.setProperty("hazelcast.partition.count", String.valueOf(PARTITIONS));
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "4");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.graceful.shutdown.max.wait", "30");
        config.setProperty("hazelcast.operation.call.timeout.millis", "10000");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(ports.get(index)).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        for (int port : ports) {
            join.getTcpIpConfig().addMember("127.0.0.1:" + port);
        }
        return config;
    }

    /** Waits until every partition has an owner and the cluster is safe (no migration under way). */
    static void awaitPartitionsAssigned(HazelcastInstance member, java.time.Duration timeout) {
        org.awaitility.Awaitility.await().atMost(timeout).until(() -> member.getPartitionService().getPartitions().stream()
                .allMatch(partition -> partition.getOwner() != null) && member.getPartitionService().isClusterSafe());
    }

    HazelcastInstance start(int index) {
        return Hazelcast.newHazelcastInstance(config(index));
    }

    String clusterName() {
        return clusterName;
    }

    List<Integer> ports() {
        return ports;
    }

    static List<Integer> freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
            }
            List<Integer> ports = new ArrayList<>();
            for (ServerSocket socket : sockets) {
                ports.add(socket.getLocalPort());
            }
            return ports;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }
}
