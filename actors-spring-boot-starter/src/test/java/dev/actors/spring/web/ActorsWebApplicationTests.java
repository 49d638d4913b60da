package dev.actors.spring.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

import static org.assertj.core.api.Assertions.assertThat;
/**
 * A real web server whose HTTP endpoints are backed by actors: requests, the actuator's
 * {@code actors}, {@code health} and {@code metrics} endpoints, then the context's close
 * (LIFO stop, every message told before the close processed).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoints.web.exposure.include=actors,health,metrics",
        "management.endpoint.health.show-details=always" })
@AutoConfigureTestRestTemplate
@DirtiesContext
@TestExecutionListeners(listeners = EvictClosedContext.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
class ActorsWebApplicationTests {

    private static final int ENTRIES = 10_000;

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private ConfigurableApplicationContext context;

    @Autowired
    private ActorRegistry registry;

    @Autowired
    private StopJournal journal;

    @Autowired
    private LedgerGate gate;

    @Autowired
    private ClosingSignal closingSignal;

    @Test
    void servesRequestsThroughActorsAndStopsThemLastStartedFirstWithEveryToldMessageProcessed() throws Exception {
        assertThat(http.getForObject("/count/50", Integer.class)).isEqualTo(50);

        DocumentContext actors = json(http.getForEntity("/actuator/actors", String.class));
        List<String> beanNames = actors.read("$.actors[*].beanName");
        assertThat(beanNames).containsExactlyInAnyOrder("adder", "bookkeeper", "ledger");
        Map<String, Object> adder = actors.<List<Map<String, Object>>>read("$.actors[?(@.beanName == 'adder')]").getFirst();
        assertThat(adder).containsEntry("actorClass", Adder.class.getName()).containsEntry("alive", true)
                .containsEntry("processed", 50).containsEntry("failed", 0).containsEntry("restartCount", 0)
                .containsKeys("urn", "mailboxSize", "startedAt");
        assertThat(actors.<Map<String, Object>>read("$.edition")).as("an ActorsEndpointContributor's member")
                .isEqualTo(Map.of("name", "web tests", "number", 2));
        assertThat(actors.<Map<String, Object>>read("$")).containsOnlyKeys("actors", "edition");

        String adderUrn = (String) adder.get("urn");
        DocumentContext adderDetails = json(http.getForEntity("/actuator/actors/" + adderUrn, String.class));
        assertThat(adderDetails.<String>read("$.state")).isIn("idle", "running");
        assertThat(adderDetails.<List<String>>read("$.stack")).isNotNull();
        assertThat(http.getForEntity("/actuator/actors/urn:uuid:00000000-0000-0000-0000-000000000000", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.exchange("/actuator/actors/" + adderUrn, HttpMethod.DELETE, null, String.class)
                .getStatusCode().is4xxClientError()).isTrue();
        assertThat(registry.getByUrn(adderUrn)).isPresent();

        DocumentContext health = json(http.getForEntity("/actuator/health", String.class));
        assertThat(health.<String>read("$.components.actors.status")).isEqualTo("UP");
        assertThat(health.<Integer>read("$.components.actors.details.active")).isEqualTo(3);

        http.postForEntity("/ledger/gate", null, Void.class);
        assertThat(gate.awaitEntered()).isTrue();
        http.postForEntity("/ledger/entries/" + ENTRIES, null, Void.class);
        String ledgerMailbox = "/actuator/metrics/actors.mailbox.size?tag=actor.class:" + Ledger.class.getName();
        DocumentContext mailbox = json(http.getForEntity(ledgerMailbox, String.class));
        assertThat(mailbox.<Map<String, Object>>read("$")).as("no base unit: Prometheus would repeat it in the name")
                .containsEntry("name", "actors.mailbox.size").doesNotContainKey("baseUnit");
        assertThat(mailbox.<Double>read("$.measurements[0].value")).isEqualTo(ENTRIES);

        List<String> startOrder = registry.getAll().stream().map(ActorsWebApplicationTests::simpleName).toList();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
        assertThat(closingSignal.awaitClosing()).isTrue();
        gate.release();
        closing.get(30, TimeUnit.SECONDS);

        assertThat(registry.getAll()).isEmpty();
        assertThat(journal.entries()).containsExactlyElementsOf(startOrder.reversed().stream()
                .map(name -> name.equals("Ledger") ? "Ledger:" + ENTRIES : name).toList());
    }

    private static String simpleName(ActorRef<?> ref) {
        return ref.actorClass().getSimpleName();
    }

    private static DocumentContext json(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return JsonPath.parse(response.getBody());
    }
}
