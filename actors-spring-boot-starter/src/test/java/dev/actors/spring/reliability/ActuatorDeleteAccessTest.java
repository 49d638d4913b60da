package dev.actors.spring.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.spring.reliability.web.SentinelApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Actuator safety: {@code DELETE /actuator/actors/{urn}} stops an actor, so it must not be
 * reachable unless the user grants it ({@code management.endpoint.actors.access=unrestricted}).
 * With the endpoint exposed over HTTP, the default, an explicit {@code read-only}, {@code none},
 * and a global cap ({@code management.endpoints.access.max-permitted=read-only}) all deny it
 * and leave the actor alive; only unrestricted access stops it. Real HTTP on the loopback.
 */
class ActuatorDeleteAccessTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    static Stream<Arguments> accessSettings() {
        return Stream.of(
                Arguments.of("default access", List.of(), false),
                Arguments.of("read-only", List.of("--management.endpoint.actors.access=read-only"), false),
                Arguments.of("none", List.of("--management.endpoint.actors.access=none"), false),
                Arguments.of("unrestricted capped by max-permitted=read-only",
                        List.of("--management.endpoint.actors.access=unrestricted",
                                "--management.endpoints.access.max-permitted=read-only"), false),
                Arguments.of("unrestricted", List.of("--management.endpoint.actors.access=unrestricted"), true));
    }

    @ParameterizedTest(name = "{0}: DELETE allowed = {2}")
    @MethodSource("accessSettings")
    void deleteStopsTheActorOnlyWhenUnrestrictedAccessIsGranted(String name, List<String> access, boolean allowed)
            throws Exception {
        try (ConfigurableApplicationContext context = start(access)) {
            ActorRegistry registry = context.getBean(ActorRegistry.class);
            ActorRef<?> sentinel = registry.getAll().getFirst();
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            URI uri = URI.create("http://127.0.0.1:" + port + "/actuator/actors/" + sentinel.actorUrn());

            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).DELETE().timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());

            System.out.println("[actuator] " + name + ": DELETE -> " + response.statusCode());
            if (allowed) {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(sentinel.isAlive()).isFalse();
            } else {
                assertThat(response.statusCode()).as("DELETE denied").isBetween(400, 499);
                assertThat(sentinel.isAlive()).as("actor untouched").isTrue();
            }
        }
    }

    private static ConfigurableApplicationContext start(List<String> access) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--management.endpoints.web.exposure.include=actors", "--spring.main.banner-mode=off"));
        args.addAll(access);
        return new SpringApplicationBuilder(SentinelApplication.class).run(args.toArray(String[]::new));
    }
}
