package dev.actors.cluster.hazelcast.elsewhere;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.actors.ActorRegistry;
import dev.actors.Entities;
import dev.actors.EntitySettings;
import dev.actors.VirtualThreadActor;
import dev.actors.cluster.hazelcast.EntityCluster;
import dev.actors.cluster.hazelcast.LoopbackConfigs;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Typed interface calls to clustered entities through an interface that is not public, in a
 * package other than the cluster module's (an application's own): as locally, they work on the
 * local-owner path and on the remote one.
 */
class NonPublicInterfaceCallsTest {

    /** Package-private, as an application's internal interface may be. */
    interface GreeterApi {
        String greet(String name);
    }

    static final class Greeter extends VirtualThreadActor implements GreeterApi {
        private final String where;

        Greeter(String where) {
            this.where = where;
        }

        @Override
        protected Object onReceive(Object message) {
            return message;
        }

        @Override
        public String greet(String name) {
            return "hello " + name + " from " + where;
        }
    }

    private final List<HazelcastInstance> members = new java.util.ArrayList<>();
    private final List<EntityCluster> clusters = new java.util.ArrayList<>();
    private final List<ActorRegistry> registries = new java.util.ArrayList<>();

    @AfterEach
    void stop() {
        clusters.forEach(EntityCluster::close);
        members.forEach(HazelcastInstance::shutdown);
        registries.forEach(registry -> registry.stopAll(Duration.ofSeconds(10)));
    }

    @Test
    void callsThroughANonPublicInterfaceWorkOnTheLocalAndTheRemotePath() {
        List<Entities<String, Greeter>> greeters = new java.util.ArrayList<>();
        for (var config : LoopbackConfigs.members(2)) {
            HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
            members.add(member);
            ActorRegistry registry = new ActorRegistry();
            registries.add(registry);
            EntityCluster cluster = EntityCluster.start(member, registry);
            clusters.add(cluster);
            String where = member.getCluster().getLocalMember().getUuid().toString();
            greeters.add(cluster.entities(Greeter.class, key -> new Greeter(where), EntitySettings.defaults()));
        }
        LoopbackConfigs.awaitPartitionsAssigned(members.get(0));
        String local = keyOwnedBy(members.get(0));
        String remote = keyOwnedBy(members.get(1));
        GreeterApi here = greeters.get(0).ref(local).proxy(GreeterApi.class);
        GreeterApi there = greeters.get(0).ref(remote).proxy(GreeterApi.class);
        assertThat(greeters.get(0).<Object>ask(local, "take the lease").get(Duration.ofSeconds(20))).isNotNull();
        assertThat(here.greet("ann")).isEqualTo("hello ann from " + uuid(members.get(0))); // the local path
        assertThat(there.greet("bob")).isEqualTo("hello bob from " + uuid(members.get(1)));
    }

    private static String keyOwnedBy(HazelcastInstance member) {
        UUID owner = member.getCluster().getLocalMember().getUuid();
        for (int i = 0;; i++) {
            String key = "greeter-" + i;
            if (member.getPartitionService().getPartition(key).getOwner().getUuid().equals(owner)) {
                return key;
            }
        }
    }

    private static String uuid(HazelcastInstance member) {
        return member.getCluster().getLocalMember().getUuid().toString();
    }
}
