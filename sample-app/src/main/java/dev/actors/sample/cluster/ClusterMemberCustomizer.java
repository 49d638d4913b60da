package dev.actors.sample.cluster;

import java.util.List;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hazelcast.autoconfigure.HazelcastConfigCustomizer;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Sets what differs between the replicas of the {@code cluster} profile on the Hazelcast config
 * Spring Boot loads from {@code classpath:cluster/hazelcast.yaml} (loopback, TCP-IP join, multicast
 * off, map backups): the cluster name ({@code bank.cluster.name}), this member's port
 * ({@code bank.cluster.port}, no auto-increment) and the members to join
 * ({@code bank.cluster.members}, a comma-separated list of {@code host:port}). Spring properties, so
 * a command-line {@code --bank.cluster.port=5702} or an environment variable sets them; the yaml's
 * own {@code ${...}} placeholders would only read system properties.
 */
@Component
@Profile("cluster")
public class ClusterMemberCustomizer implements HazelcastConfigCustomizer {

    private final String clusterName;

    private final int port;

    private final List<String> members;

    /**
     * Creates the customizer.
     *
     * @param clusterName the cluster's name: only members with the same name join
     * @param port this member's port
     * @param members the members to join
     */
    public ClusterMemberCustomizer(@Value("${bank.cluster.name}") String clusterName,
            @Value("${bank.cluster.port}") int port, @Value("${bank.cluster.members}") List<String> members) {
        this.clusterName = clusterName;
        this.port = port;
        this.members = List.copyOf(members);
    }

    @Override
    public void customize(Config config) {
        config.setClusterName(clusterName);
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getTcpIpConfig().setEnabled(true).setMembers(members);
    }
}
