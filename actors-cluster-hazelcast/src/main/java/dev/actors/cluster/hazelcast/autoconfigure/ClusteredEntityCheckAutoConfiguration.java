package dev.actors.cluster.hazelcast.autoconfigure;

import dev.actors.cluster.hazelcast.spring.ClusteredEntity;
import dev.actors.cluster.hazelcast.spring.ClusteredEntityCheck;
import dev.actors.spring.ActorBeanDefinitionRegistrar;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the {@link ClusteredEntityCheck}: a
 * {@link ClusteredEntity @ClusteredEntity} on a class that is not an entity bean fails the startup
 * wherever the starter runs, with or without Hazelcast (unlike {@link ActorsClusterAutoConfiguration},
 * which needs a {@code HazelcastInstance} bean), so the mistake shows in a test context too.
 */
@AutoConfiguration
@ConditionalOnClass(ActorBeanDefinitionRegistrar.class)
public final class ClusteredEntityCheckAutoConfiguration {

    ClusteredEntityCheckAutoConfiguration() {
    }

    @Bean
    static ClusteredEntityCheck clusteredEntityCheck() {
        return new ClusteredEntityCheck();
    }
}
