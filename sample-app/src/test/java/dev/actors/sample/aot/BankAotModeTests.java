package dev.actors.sample.aot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.actors.sample.BankApplication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bank as Spring AOT made it: the build runs {@code spring-boot:process-aot} on the
 * sample (see its pom), and this test starts the result in a new JVM with
 * {@code -Dspring.aot.enabled=true}, so the context comes from the generated initializer, not
 * from classpath scanning. Then it uses, over real HTTP on a random port, what the starter
 * registered through generated code: typed interface proxies ({@code Accounts},
 * {@code Account}, {@code Transfers}), an {@code ActorProxy} ({@code BankReports}), prototype
 * actors from an {@code ObjectProvider} (the risk scorers), entities ({@code Entities<String,
 * AccountActor>}, each account a new bean from the generated instance supplier, its key in its
 * constructor) and the {@code actors} endpoint;
 * then the failure demo, whose restart builds the notifier's new instance with the generated
 * instance supplier of its bean definition.
 */
class BankAotModeTests {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private static final Pattern BANK_OPEN = Pattern.compile("Bank open on http://localhost:(\\d+) ");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theAotProcessedBankServesProxiesReportsAndTheActorsEndpoint() throws Exception {
        assertThat(BankApplication.class.getClassLoader().getResource(
                "dev/actors/sample/BankApplication__ApplicationContextInitializer.class"))
                .as("spring-boot:process-aot output in target/classes (run the build through process-test-classes)")
                .isNotNull();
        try (ForkedApplication bank = ForkedApplication.start(BankApplication.class,
                List.of("-Dspring.aot.enabled=true"), BANK_OPEN,
                "--server.port=0", "--server.address=127.0.0.1", "--bank.notifier.restart-backoff=100ms")) {
            Matcher open = bank.awaitLine(STARTUP);
            assertThat(bank.output()).contains("Starting AOT-processed BankApplication");
            String base = "http://127.0.0.1:" + open.group(1);

            HttpResponse<String> transfer = post(base + "/api/transfers",
                    "{\"fromAccountId\":\"ACC-1\",\"toAccountId\":\"ACC-2\",\"amountCents\":2500}");
            assertThat(transfer.statusCode()).as(transfer.body()).isEqualTo(200);

            DocumentContext alice = json(get(base + "/api/accounts/ACC-1"));
            assertThat(alice.<Integer>read("$.balanceCents")).isEqualTo(100_000 - 2_500);

            DocumentContext summary = json(get(base + "/api/summary"));
            assertThat(summary.<Integer>read("$.accounts")).isEqualTo(3);
            assertThat(summary.<Boolean>read("$.ledgerMatchesAccounts")).isTrue();

            DocumentContext risk = json(get(base + "/api/risk-report"));
            assertThat(risk.<List<Object>>read("$.scores")).hasSize(3);

            DocumentContext actors = json(get(base + "/actuator/actors"));
            assertThat(actors.<List<String>>read("$.actors[*].beanName"))
                    .contains("accountDirectory", "transferCoordinator", "inMemoryLedger", "notifier", "riskScorer", "accountActor");
            assertThat(actors.<List<String>>read("$.actors[?(@.beanName == 'accountActor')].key"))
                    .as("the accounts are entities, made through the generated Entities registration")
                    .contains("ACC-1", "ACC-2");
            assertThat(json(get(base + "/actuator/health")).<String>read("$.components.actors.status")).isEqualTo("UP");

            assertThat(post(base + "/api/demo/notifier-outage", "").statusCode()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(json(get(base + "/actuator/actors"))
                    .<List<Integer>>read("$.actors[?(@.beanName == 'notifier')].restartCount")).containsExactly(1));
            assertThat(json(get(base + "/actuator/health")).<String>read("$.components.actors.status")).isEqualTo("UP");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> bank.output().contains("is back after restart #1: sending alerts again"));
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static DocumentContext json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
        return JsonPath.parse(response.body());
    }
}
