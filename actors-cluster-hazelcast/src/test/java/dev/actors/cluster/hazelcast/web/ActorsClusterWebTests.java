package dev.actors.cluster.hazelcast.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.actors.Entities;
import dev.actors.VirtualThreadActor;
import dev.actors.cluster.hazelcast.LoopbackConfigs;
import dev.actors.cluster.hazelcast.spring.ClusteredEntity;
import dev.actors.spring.Actor;
import dev.actors.spring.EntityKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Scope;

/**
 * A real web application on 127.0.0.1 and a random port, with a real embedded member: the
 * Actuator's {@code /actuator/actors} shows the cluster (this member, its partitions, the cluster
 * size, the minimum size, each clustered kind), its health {@code actorsCluster} the member, its
 * owned partitions and the cluster size, and its metrics the cluster's meters.
 */
class ActorsClusterWebTests {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
    private static ConfigurableApplicationContext application;
    private static int port;

    @BeforeAll
    static void start() {
        application = new SpringApplicationBuilder(VisitApplication.class)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
                        "management.endpoints.web.exposure.include=actors,health,metrics",
                        "management.endpoint.health.show-details=always")
                .run();
        port = ((WebServerApplicationContext) application).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void theActorsEndpointShowsTheClusterAndEachClusteredKind() throws Exception {
        application.getBean(VisitDesk.class).visits.ask("home", "knock").get(WAIT);
        HazelcastInstance member = application.getBean(HazelcastInstance.class);

        DocumentContext listing = get("/actuator/actors");
        assertThat(listing.<List<String>>read("$.actors[*].key")).containsExactly("home");
        Map<String, Object> cluster = listing.read("$.cluster");
        assertThat(cluster).containsEntry("member", member.getCluster().getLocalMember().getUuid().toString())
                .containsEntry("address", member.getCluster().getLocalMember().getAddress().toString())
                .containsEntry("clusterSize", 1).containsEntry("minimumClusterSize", 1)
                .containsEntry("ownedPartitions", member.getPartitionService().getPartitions().size())
                .containsEntry("leasedPartitions", 1).containsEntry("liveEntities", 1).containsEntry("running", true)
                .containsKey("pendingAsks");
        assertThat(listing.<List<Map<String, Object>>>read("$.cluster.kinds"))
                .containsExactly(Map.of("kind", Visit.class.getName(), "liveEntities", 1, "passivations", 0));
    }

    @Test
    void theHealthShowsTheMemberItsOwnedPartitionsAndTheClusterSize() throws Exception {
        HazelcastInstance member = application.getBean(HazelcastInstance.class);
        DocumentContext health = get("/actuator/health");
        assertThat(health.<String>read("$.components.actorsCluster.status")).isEqualTo("UP");
        Map<String, Object> details = health.read("$.components.actorsCluster.details");
        assertThat(details).containsEntry("member", member.getCluster().getLocalMember().getUuid().toString())
                .containsEntry("ownedPartitions", member.getPartitionService().getPartitions().size())
                .containsEntry("clusterSize", 1).containsEntry("minimumClusterSize", 1);
    }

    @Test
    void theMetricsEndpointHasTheRemoteSendsFailuresAndMigrationsMeters() throws Exception {
        assertThat(get("/actuator/metrics/actors.cluster.remote.sends").<List<String>>read("$.availableTags[0].values"))
                .containsExactlyInAnyOrder("tell", "ask", "call");
        assertThat(get("/actuator/metrics/actors.cluster.remote.failures").<List<String>>read("$.availableTags[0].values"))
                .containsExactlyInAnyOrder("member_left", "timeout", "unreachable", "minority", "not_serializable");
        assertThat(get("/actuator/metrics/actors.cluster.migrations").<List<String>>read("$.availableTags[0].values"))
                .containsExactlyInAnyOrder("handoff", "takeover");
        assertThat(get("/actuator/metrics/actors.cluster.members").<Double>read("$.measurements[0].value")).isEqualTo(1.0);
    }

    private static DocumentContext get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(WAIT).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JsonPath.parse(response.body());
    }

    /** A clustered entity bean. */
    @Actor
    @Scope("prototype")
    @ClusteredEntity
    static class Visit extends VirtualThreadActor {
        Visit(@EntityKey String place) {
        }

        @Override
        protected Object onReceive(Object message) {
            return message;
        }
    }

    static final class VisitDesk {
        final Entities<String, Visit> visits;

        VisitDesk(Entities<String, Visit> visits) {
            this.visits = visits;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import({ Visit.class, VisitDesk.class })
    static class VisitApplication {
        @Bean
        Config hazelcastConfig() {
            return LoopbackConfigs.single();
        }
    }
}
