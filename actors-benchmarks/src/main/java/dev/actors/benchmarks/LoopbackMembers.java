package dev.actors.benchmarks;

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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Embedded Hazelcast members of one benchmark run, on loopback only: 127.0.0.1, TCP-IP join among
 * ports picked free, multicast and auto-detection off, a random cluster name, Hazelcast's
 * production partition count (271).
 */
final class LoopbackMembers {

    private final String clusterName = "actors-benchmark-" + UUID.randomUUID();
    private final List<Integer> ports;

    LoopbackMembers(int count) {
        this.ports = freePorts(count);
    }

    /** Starts member {@code index} (0-based). */
    HazelcastInstance start(int index) {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setInstanceName(clusterName + "-" + index);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "none");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.socket.bind.any", "false");
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
        return Hazelcast.newHazelcastInstance(config);
    }

    /** Waits (bounded by {@link Timeouts#REPLY} times ten) until every partition has an owner and none migrates. */
    void awaitPartitionsAssigned(HazelcastInstance member) {
        long deadline = System.nanoTime() + Timeouts.REPLY.toNanos() * 10;
        while (!(member.getPartitionService().getPartitions().stream().allMatch(partition -> partition.getOwner() != null)
                && member.getPartitionService().isClusterSafe())) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("The benchmark's Hazelcast members did not assign their partitions in "
                        + Timeouts.REPLY.multipliedBy(10));
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10)); // a poll, as Awaitility would
        }
    }

    /** The first key from {@code from} on whose partition {@code owner} owns, as {@code asking} sees it. */
    long keyOwnedBy(HazelcastInstance asking, HazelcastInstance owner, long from) {
        UUID ownerId = owner.getCluster().getLocalMember().getUuid();
        for (long key = from; ; key++) {
            if (ownerId.equals(asking.getPartitionService().getPartition(key).getOwner().getUuid())) {
                return key;
            }
        }
    }

    private static List<Integer> freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is free either way once the JVM lets it go
                }
            }
        }
    }
}
