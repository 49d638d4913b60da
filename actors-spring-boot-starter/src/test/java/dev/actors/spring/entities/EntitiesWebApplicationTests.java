package dev.actors.spring.entities;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real web server whose requests reach one entity actor per customer: the actuator lists them
 * with their key and counts them; a third customer's cart passivates the least recently used
 * one ({@code max-live=2}; no idle timeout, so nothing here depends on time), which shelves its
 * items in {@code onStop}, and the next request brings it back with them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "server.address=127.0.0.1",
        "management.endpoints.web.exposure.include=actors,metrics", "actors.entities.idle-timeout=0",
        "actors.entities.max-live=2" })
@AutoConfigureTestRestTemplate
class EntitiesWebApplicationTests {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private CartShelf shelf;

    @Test
    void entityActorsAreListedWithTheirKeyCountedAndComeBackAfterAPassivation() {
        assertThat(http.postForObject("/carts/ann/apple", null, Integer.class)).isEqualTo(1);
        assertThat(http.postForObject("/carts/ann/pear", null, Integer.class)).isEqualTo(2);
        assertThat(http.postForObject("/carts/ben/plum", null, Integer.class)).isEqualTo(1);

        DocumentContext actors = json(http.getForEntity("/actuator/actors", String.class));
        List<Map<String, Object>> carts = actors.read("$.actors[?(@.beanName == 'cartActor')]");
        assertThat(carts).extracting(cart -> cart.get("key")).containsExactlyInAnyOrder("ann", "ben");
        assertThat(carts).allSatisfy(cart -> assertThat(cart).containsEntry("actorClass", CartActor.class.getName())
                .containsEntry("alive", true));
        List<Map<String, Object>> clock = actors.read("$.actors[?(@.beanName == 'clock')]");
        assertThat(clock).singleElement().satisfies(actor -> assertThat(actor.get("key")).isNull());
        String annUrn = (String) carts.stream().filter(cart -> "ann".equals(cart.get("key"))).findFirst()
                .orElseThrow().get("urn");
        assertThat(json(http.getForEntity("/actuator/actors/" + annUrn, String.class)).<String>read("$.key"))
                .isEqualTo("ann");
        assertThat(meter("actors.entities.live")).isEqualTo(2.0);

        assertThat(http.postForObject("/carts/cy/kiwi", null, Integer.class)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> shelf.holds("ann"));
        await().atMost(Duration.ofSeconds(30)).until(() -> meter("actors.entities.live") == 2.0);
        assertThat(meter("actors.entities.passivations")).isEqualTo(1.0);
        assertThat(json(http.getForEntity("/actuator/actors", String.class))
                .<List<String>>read("$.actors[?(@.beanName == 'cartActor')].key")).containsExactlyInAnyOrder("ben", "cy");

        assertThat(http.postForObject("/carts/ann/fig", null, Integer.class)).as("the items came back").isEqualTo(3);
    }

    private double meter(String name) {
        return json(http.getForEntity("/actuator/metrics/" + name + "?tag=actor.class:" + CartActor.class.getName(),
                String.class)).<Double>read("$.measurements[0].value");
    }

    private static DocumentContext json(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.toString()).isTrue();
        return JsonPath.parse(response.getBody());
    }
}
