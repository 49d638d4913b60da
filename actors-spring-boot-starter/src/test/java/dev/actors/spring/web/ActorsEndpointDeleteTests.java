package dev.actors.spring.web;

import java.util.Map;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/** DELETE on {@code /actuator/actors/{urn}} once the user grants unrestricted access. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoints.web.exposure.include=actors", "management.endpoint.actors.access=unrestricted" })
@AutoConfigureTestRestTemplate
@DirtiesContext
class ActorsEndpointDeleteTests {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private ActorRef<Bookkeeper> bookkeeper;

    @Test
    void deleteStopsTheActor() {
        ResponseEntity<Map<String, Object>> response = http.exchange("/actuator/actors/" + bookkeeper.actorUrn(),
                HttpMethod.DELETE, null, new ParameterizedTypeReference<>() {
                });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("beanName", "bookkeeper").containsEntry("state", "stopped")
                .containsEntry("alive", false);
        assertThat(bookkeeper.isAlive()).isFalse();
        assertThat(http.getForEntity("/actuator/actors/" + bookkeeper.actorUrn(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
