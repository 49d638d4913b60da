package dev.actors.cluster.hazelcast.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import com.hazelcast.config.Config;
import dev.actors.cluster.hazelcast.LoopbackConfigs;
import dev.actors.cluster.hazelcast.autoconfigure.ClusteredEntityBeansTests.JoinerApplication;
import dev.actors.cluster.hazelcast.autoconfigure.ClusteredEntityBeansTests.LonelySingleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The module's startup errors as a real Spring Boot application reports them: Spring Boot's
 * "APPLICATION FAILED TO START" with the description and action of the analyzers registered in
 * {@code META-INF/spring.factories} (the module's and the starter's).
 */
@ExtendWith(OutputCaptureExtension.class)
class ClusterFailureAnalyzersTests {

    @Test
    void clusteredEntityOnASingletonActor(CapturedOutput output) {
        fail(LonelyApplication.class);
        assertThat(output).contains("APPLICATION FAILED TO START", "@ClusteredEntity class " + LonelySingleton.class.getName()
                + " (bean '" + LonelySingleton.class.getName() + "') is a singleton @Actor, not an entity bean",
                "Make LonelySingleton an entity bean (@Actor, @Scope(\"prototype\") and an @EntityKey constructor "
                        + "parameter) and inject Entities<K, LonelySingleton>, or remove @ClusteredEntity.");
    }

    @Test
    void aClusteredEntityWhoseKeyTypeCanNeverBeSerialized(CapturedOutput output) {
        fail(JoinerOnAMember.class);
        assertThat(output).contains("APPLICATION FAILED TO START",
                "The keys of the clustered Joiner entities are of type java.util.StringJoiner, which cannot be serialized",
                "Keys, messages, interface-call arguments and replies of a @ClusteredEntity travel between members");
    }

    private static void fail(Class<?> application) {
        assertThatException().isThrownBy(() -> new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off").run());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(LonelySingleton.class)
    static class LonelyApplication {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(JoinerApplication.class)
    static class JoinerOnAMember {
        @Bean
        Config hazelcastConfig() {
            return LoopbackConfigs.single();
        }
    }
}
