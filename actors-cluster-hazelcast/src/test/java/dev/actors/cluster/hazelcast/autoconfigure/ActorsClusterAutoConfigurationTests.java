package dev.actors.cluster.hazelcast.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import dev.actors.ActorRegistry;
import dev.actors.cluster.hazelcast.ClusterSettings;
import dev.actors.cluster.hazelcast.EntityCluster;
import dev.actors.cluster.hazelcast.LoopbackConfigs;
import dev.actors.cluster.hazelcast.autoconfigure.health.ActorsClusterHealthContributorAutoConfiguration;
import dev.actors.cluster.hazelcast.autoconfigure.metrics.ActorsClusterMetricsAutoConfiguration;
import dev.actors.cluster.hazelcast.health.ActorsClusterHealthIndicator;
import dev.actors.cluster.hazelcast.spring.EntityClusterLifecycle;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hazelcast.autoconfigure.HazelcastAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ActorsClusterAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class, HazelcastAutoConfiguration.class,
                    ActorsClusterAutoConfiguration.class, ActorsClusterHealthContributorAutoConfiguration.class,
                    ActorsClusterMetricsAutoConfiguration.class))
            .withUserConfiguration(LoopbackMember.class);

    @Test
    void runsAnEntityClusterOnTheContextsHazelcastMemberWithTheConfiguredSettings() {
        runner.withPropertyValues("actors.cluster.minimum-size=2", "actors.cluster.ask-timeout=7s",
                "actors.cluster.handoff-timeout=9s").run(context -> {
                    assertThat(context).hasSingleBean(EntityCluster.class).hasSingleBean(EntityClusterLifecycle.class);
                    EntityCluster cluster = context.getBean(EntityCluster.class);
                    assertThat(cluster.hazelcast()).isSameAs(context.getBean(HazelcastInstance.class));
                    assertThat(cluster.settings()).isEqualTo(ClusterSettings.defaults().withMinimumClusterSize(2)
                            .withAskTimeout(Duration.ofSeconds(7)).withHandoffTimeout(Duration.ofSeconds(9)));
                    Health health = context.getBean(ActorsClusterHealthIndicator.class).health(true);
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN); // alone, below the minimum of 2
                    assertThat(health.getDetails()).containsEntry("clusterSize", 1).containsEntry("minimumClusterSize", 2)
                            .containsKeys("member", "ownedPartitions", "liveEntities");
                });
    }

    @Test
    void isUpWithTheMemberAndItsPartitionsAndPublishesTheClusterMeters() {
        runner.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class)).withBean(SimpleMeterRegistry.class)
                .run(context -> {
            Health health = context.getBean(ActorsClusterHealthIndicator.class).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("clusterSize", 1);
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.get("actors.cluster.remote.sends").tag("kind", "ask").functionCounter().count()).isZero();
            assertThat(meters.get("actors.cluster.remote.failures").tag("reason", "member_left").functionCounter()).isNotNull();
            assertThat(meters.get("actors.cluster.migrations").tag("direction", "handoff").functionCounter()).isNotNull();
            assertThat(meters.get("actors.cluster.members").gauge().value()).isEqualTo(1.0);
        });
    }

    @Test
    void closesTheEntityClusterWhenTheContextCloses() {
        runner.run(context -> {
            EntityCluster cluster = context.getBean(EntityCluster.class);
            context.close();
            assertThat(cluster.status().running()).isFalse();
        });
    }

    @Test
    void backsOffWithoutHazelcastWhenDisabledAndForAUsersOwnEntityCluster() {
        runner.withClassLoader(new FilteredClassLoader(HazelcastInstance.class))
                .run(context -> assertThat(context).doesNotHaveBean(EntityCluster.class));
        runner.withPropertyValues("actors.cluster.enabled=false")
                .run(context -> assertThat(context).hasSingleBean(HazelcastInstance.class).doesNotHaveBean(EntityCluster.class));
        runner.withUserConfiguration(OwnEntityCluster.class).run(context -> {
            assertThat(context).hasSingleBean(EntityCluster.class);
            assertThat(context.getBean(EntityCluster.class).settings().minimumClusterSize()).isEqualTo(3);
        });
    }

    @Test
    void badPropertiesFailStartupNamingTheProperty() {
        runner.withPropertyValues("actors.cluster.minimum-size=0").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessage("actors.cluster.minimum-size must be at least 1, got 0"));
        runner.withPropertyValues("actors.cluster.ask-timeout=0s").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessage("actors.cluster.ask-timeout must be a positive duration, got PT0S"));
        runner.withPropertyValues("actors.cluster.handoff-timeout=-1s").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessage("actors.cluster.handoff-timeout must be a positive duration, got PT-1S"));
    }

    @Configuration(proxyBeanMethods = false)
    static class LoopbackMember {
        @Bean
        Config hazelcastConfig() {
            return LoopbackConfigs.single();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnEntityCluster {
        @Bean
        EntityCluster myEntityCluster(HazelcastInstance hazelcast, ActorRegistry registry) {
            return EntityCluster.start(hazelcast, registry, ClusterSettings.defaults().withMinimumClusterSize(3));
        }
    }
}
