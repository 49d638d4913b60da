package dev.actors.sample;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.actors.sample.aot.ForkedApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three real JVMs of the bank in the {@code cluster} profile (ports picked free on 127.0.0.1, a
 * random cluster name, minimum cluster size 2), a client transferring money through all of them,
 * and one of them killed with {@code SIGKILL} ({@code kill -9}) while it runs, the client going on
 * through the two others, until transfers touching the accounts the killed replica ran (which
 * start again on the survivors, from their stored state) have been acknowledged. Afterwards, read
 * through a survivor: the balances add up to what was
 * deposited (money conserved: the transfers the killed replica left half done were completed or
 * reversed by the recovery), every transfer the client saw acknowledged is journaled {@code DONE}
 * and in both accounts' ledger entries, and the ledger agrees with the accounts. The replicas'
 * output is in {@code target/cluster-kill-test/} afterwards (and in the failure message).
 */
class BankClusterKillTests {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static final Pattern STARTED = Pattern.compile("Started BankApplication in");

    private static final Pattern DEBITED = Pattern.compile("Transfer TRF-\\d+: ACC-\\d+ debited, crediting");

    private static final int ACCOUNTS = 12;

    private static final long DEPOSIT_CENTS = 100_000;

    private static final int ACKS_BEFORE_KILL = 40;

    private static final int ACKS_AFTER_KILL = 40;

    /** Acknowledged transfers touching an account the killed replica ran, once the survivors saw it leave. */
    private static final int ACKS_OF_MOVED_ACCOUNTS = 15;

    private final List<ForkedApplication> replicas = new ArrayList<>();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void killReplicas() throws InterruptedException, IOException {
        for (ForkedApplication replica : replicas) {
            replica.close();
        }
        Path logs = Files.createDirectories(Path.of("target", "cluster-kill-test"));
        for (int i = 0; i < replicas.size(); i++) {
            Files.writeString(logs.resolve("replica-" + i + ".log"), replicas.get(i).output());
        }
    }

    @Test
    void killingAReplicaMidTransfersLosesNoMoneyAndNoAcknowledgedTransfer() throws Throwable {
        long started = System.nanoTime();
        List<Integer> httpPorts = LoopbackPorts.free(3);
        List<Integer> memberPorts = LoopbackPorts.free(3);
        String clusterName = "bank-kill-test-" + UUID.randomUUID();
        String members = memberPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        List<String> bases = httpPorts.stream().map(port -> "http://127.0.0.1:" + port).toList();
        try {
            for (int i = 0; i < 3; i++) {
                replicas.add(ForkedApplication.start(BankApplication.class,
                        List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), STARTED,
                        "--spring.profiles.active=cluster", "--server.port=" + httpPorts.get(i),
                        "--server.address=127.0.0.1", "--bank.cluster.name=" + clusterName,
                        "--bank.cluster.port=" + memberPorts.get(i), "--bank.cluster.members=" + members,
                        "--logging.level.dev.actors.sample.tracing=WARN", "--spring.main.banner-mode=off",
                        "--logging.level.dev.actors.sample.bank.transfer.TransferSteps=DEBUG"));
            }
            for (ForkedApplication replica : replicas) {
                replica.awaitLine(STARTUP);
            }
            for (String base : bases) {
                await().atMost(WAIT).until(() -> clusterSize(base) == 3);
            }
            long ready = System.nanoTime();

            List<String> accountIds = new ArrayList<>();
            for (int i = 0; i < ACCOUNTS; i++) {
                accountIds.add(JsonPath.read(post(bases.get(i % 3) + "/api/accounts",
                        "{\"owner\":\"Owner " + i + "\",\"initialDepositCents\":" + DEPOSIT_CENTS + "}", 201), "$.id"));
            }

            Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
            Map<Integer, AtomicInteger> refusals = new ConcurrentHashMap<>();
            AtomicInteger ackedAfterKill = new AtomicInteger();
            AtomicInteger ackedOfMovedAccounts = new AtomicInteger();
            Set<String> victimsAccounts = ConcurrentHashMap.newKeySet();
            AtomicBoolean killed = new AtomicBoolean();
            AtomicBoolean left = new AtomicBoolean();
            AtomicBoolean stop = new AtomicBoolean();
            int victim = 1;
            List<Thread> clients = new ArrayList<>();
            // Three clients take the replicas in turn; two more go through the victim only, until it
            // is killed, so that it is likely coordinating transfers (and its accounts in the middle
            // of steps) when it dies.
            for (int c = 0; c < 5; c++) {
                int client = c;
                clients.add(Thread.ofPlatform().name("bank-client-" + c).start(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int n = client; !stop.get() && !(client >= 3 && killed.get()); n++) {
                        int through = client >= 3 ? victim : n % 3;
                        if (killed.get() && through == victim) {
                            continue;
                        }
                        int from = random.nextInt(ACCOUNTS);
                        int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
                        int status = transfer(bases.get(through), accountIds.get(from), accountIds.get(to),
                                1 + random.nextInt(5_000), acknowledged);
                        if (status == 200 && killed.get()) {
                            ackedAfterKill.incrementAndGet();
                        }
                        if (status == 200 && left.get() && (victimsAccounts.contains(accountIds.get(from))
                                || victimsAccounts.contains(accountIds.get(to)))) {
                            ackedOfMovedAccounts.incrementAndGet();
                        }
                        if (status != 200) {
                            refusals.computeIfAbsent(status, any -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                }));
            }
            await().atMost(WAIT).until(() -> acknowledged.size() >= ACKS_BEFORE_KILL);
            victimsAccounts.addAll(JsonPath.<List<String>>read(get(bases.get(victim) + "/actuator/actors"),
                    "$.actors[?(@.beanName == 'accountActor')].key"));
            // Killed right after it logs a debit of a transfer it coordinates, before the credit:
            // the survivors must complete that transfer (or money is missing).
            long killAt = System.nanoTime();
            String killedAfter = replicas.get(victim).killOnLine(DEBITED).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            replicas.get(victim).kill();
            killed.set(true);
            for (int i = 0; i < 3; i++) {
                String base = bases.get(i);
                await().atMost(WAIT).until(() -> base.equals(bases.get(victim)) || clusterSize(base) == 2);
            }
            left.set(true);
            long leftAt = System.nanoTime();
            await().atMost(WAIT).until(() -> ackedAfterKill.get() >= ACKS_AFTER_KILL
                    && (victimsAccounts.isEmpty() || ackedOfMovedAccounts.get() >= ACKS_OF_MOVED_ACCOUNTS));
            stop.set(true);
            for (Thread client : clients) {
                client.join(Duration.ofSeconds(30));
                assertThat(client.isAlive()).as(client.getName() + " still running").isFalse();
            }
            long transfersDone = System.nanoTime();

            String survivor = bases.get(2);
            long deposited = ACCOUNTS * DEPOSIT_CENTS;
            await().atMost(WAIT).untilAsserted(() -> {
                DocumentContext summary = JsonPath.parse(get(survivor + "/api/summary"));
                assertThat(summary.<Integer>read("$.accounts")).isEqualTo(ACCOUNTS);
                assertThat(summary.<Number>read("$.totalBalanceCents").longValue()).as("money conserved")
                        .isEqualTo(deposited);
                assertThat(summary.<Boolean>read("$.ledgerMatchesAccounts")).isTrue();
            });
            String cutShort = killedAfter.replaceAll(".*Transfer (TRF-\\d+):.*", "$1");
            assertThat(JsonPath.<String>read(get(survivor + "/api/transfers/" + cutShort), "$.status"))
                    .as("the transfer the killed replica had debited and not yet credited").isEqualTo("DONE");
            Set<String> references = new HashSet<>();
            for (String accountId : accountIds) {
                references.addAll(JsonPath.<List<String>>read(get(bases.get(0) + "/api/accounts/" + accountId
                        + "/entries"), "$[*].reference"));
            }
            for (String transferId : acknowledged) {
                DocumentContext transfer = JsonPath.parse(get(survivor + "/api/transfers/" + transferId));
                assertThat(transfer.<String>read("$.status")).as(transferId).isEqualTo("DONE");
                String from = transfer.read("$.fromAccountId");
                String to = transfer.read("$.toAccountId");
                assertThat(references).as("the ledger entries of " + transferId)
                        .contains(transferId + " to " + to, transferId + " from " + from);
            }
            long recovered = replicas.stream().filter(replica -> replica != replicas.get(victim))
                    .flatMap(replica -> replica.output().lines()).filter(line -> line.contains("Recovering transfer"))
                    .count();
            System.out.printf("BankClusterKillTests: %d transfers acknowledged (%d after the kill, %d touching the "
                    + "killed replica's accounts %s after it left), killed after '%s', %d transfers recovered by the "
                    + "survivors, "
                    + "failures by HTTP status (-1: no answer) %s; "
                    + "start %d s, transfers %d s (kill after %d s, left %d ms after the kill), settle %d s, total %d s%n",
                    acknowledged.size(), ackedAfterKill.get(), ackedOfMovedAccounts.get(), victimsAccounts, killedAfter, recovered,
                    refusals,
                    seconds(started, ready), seconds(ready, transfersDone), seconds(ready, killAt),
                    Duration.ofNanos(leftAt - killAt).toMillis(), seconds(transfersDone, System.nanoTime()),
                    seconds(started, System.nanoTime()));
        }
        catch (Throwable failed) {
            StringBuilder outputs = new StringBuilder();
            for (int i = 0; i < replicas.size(); i++) {
                outputs.append("\n----- replica ").append(i).append(" (pid ").append(replicas.get(i).pid())
                        .append("), last lines -----\n").append(replicas.get(i).lastLines(150));
            }
            AssertionError withOutputs = new AssertionError(failed.getMessage() + outputs, failed);
            throw withOutputs;
        }
    }

    /** A transfer through {@code base}; the transfer id joins {@code acknowledged} on a 200. */
    private int transfer(String base, String from, String to, long amount, Queue<String> acknowledged) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/transfers"))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"fromAccountId\":\"" + from + "\",\"toAccountId\":\""
                            + to + "\",\"amountCents\":" + amount + "}")).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                acknowledged.add(JsonPath.read(response.body(), "$.transferId"));
            }
            return response.statusCode();
        }
        catch (IOException noAnswer) {
            return -1; // the replica was killed, or did not answer in time: not acknowledged
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -2;
        }
    }

    private int clusterSize(String base) {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return JsonPath.<Integer>read(health.body(), "$.components.actorsCluster.details.clusterSize");
        }
        catch (IOException | RuntimeException notYet) {
            return 0;
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private String post(String url, String json, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(expectedStatus);
        return response.body();
    }

    private String get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static long seconds(long from, long to) {
        return Duration.ofNanos(to - from).toSeconds();
    }
}
