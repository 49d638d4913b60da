package dev.actors.spring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The configuration metadata the starter ships, as an IDE reads it. */
class ActorsConfigurationMetadataTests {

    @Test
    void everyPropertyTheStarterReadsIsDescribed() throws IOException, URISyntaxException {
        Object metadata = JsonPath.parse(readStartersMetadata()).json();
        List<String> names = JsonPath.read(metadata, "$.properties[*].name");
        assertThat(names).contains("actors.enabled", "actors.ask-timeout", "actors.shutdown-timeout",
                "actors.daemon-threads", "actors.metrics.enabled", "actors.entities.idle-timeout",
                "actors.entities.max-live", "management.health.actors.enabled",
                "management.endpoint.actors.access");
    }

    @Test
    void theHealthIndicatorSwitchIsABooleanOnByDefault() throws IOException, URISyntaxException {
        List<Map<String, Object>> health = JsonPath.read(readStartersMetadata(),
                "$.properties[?(@.name == 'management.health.actors.enabled')]");
        assertThat(health).singleElement().satisfies(property -> {
            assertThat(property).containsEntry("type", "java.lang.Boolean").containsEntry("defaultValue", true);
            assertThat((String) property.get("description")).startsWith("Whether to enable the actors health check");
        });
    }

    @Test
    void theEntityDefaultsAreDescribedWithTheirTypesAndTheIdleTimeoutsDefault() throws IOException, URISyntaxException {
        String metadata = readStartersMetadata();
        List<Map<String, Object>> idle = JsonPath.read(metadata, "$.properties[?(@.name == 'actors.entities.idle-timeout')]");
        assertThat(idle).singleElement().satisfies(property -> assertThat(property)
                .containsEntry("type", "java.time.Duration").containsEntry("defaultValue", "10m"));
        List<Map<String, Object>> maxLive = JsonPath.read(metadata, "$.properties[?(@.name == 'actors.entities.max-live')]");
        assertThat(maxLive).singleElement().satisfies(property -> {
            assertThat(property).containsEntry("type", "java.lang.Integer").doesNotContainKey("defaultValue");
            assertThat((String) property.get("description")).contains("Unbounded when not set");
        });
    }

    /** The starter's own file (other jars on the test class path have one too). */
    private static String readStartersMetadata() throws IOException, URISyntaxException {
        URI classes = ActorsProperties.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        try (InputStream in = classes.resolve("META-INF/spring-configuration-metadata.json").toURL().openStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
