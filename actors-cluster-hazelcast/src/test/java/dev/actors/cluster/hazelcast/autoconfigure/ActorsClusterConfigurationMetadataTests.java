package dev.actors.cluster.hazelcast.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration metadata the module ships, as an IDE reads it. */
class ActorsClusterConfigurationMetadataTests {

    @Test
    void everyPropertyTheModuleReadsIsDescribed() throws IOException, URISyntaxException {
        List<String> names = JsonPath.read(readModulesMetadata(), "$.properties[*].name");
        assertThat(names).containsExactlyInAnyOrder("actors.cluster.enabled", "actors.cluster.minimum-size",
                "actors.cluster.ask-timeout", "actors.cluster.handoff-timeout", "management.health.actors-cluster.enabled");
    }

    @Test
    void theHealthIndicatorSwitchIsABooleanOnByDefault() throws IOException, URISyntaxException {
        List<Map<String, Object>> health = JsonPath.read(readModulesMetadata(),
                "$.properties[?(@.name == 'management.health.actors-cluster.enabled')]");
        assertThat(health).singleElement().satisfies(property -> {
            assertThat(property).containsEntry("type", "java.lang.Boolean").containsEntry("defaultValue", true);
            assertThat((String) property.get("description")).startsWith("Whether to enable the actorsCluster health check");
        });
    }

    /** The module's own file (other jars on the test class path have one too). */
    private static String readModulesMetadata() throws IOException, URISyntaxException {
        URI classes = ActorsClusterProperties.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        try (InputStream in = classes.resolve("META-INF/spring-configuration-metadata.json").toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
