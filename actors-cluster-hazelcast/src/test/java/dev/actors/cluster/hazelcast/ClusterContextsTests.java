package dev.actors.cluster.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import dev.actors.ActorTimeoutException;
import dev.actors.Entities;
import java.time.Duration;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Three Spring Boot contexts in one JVM, each with its own embedded Hazelcast member from Spring
 * Boot's Hazelcast auto-configuration and the entity cluster from this module's, the entities an
 * injected {@code Entities<String, Counter>} of a {@code @ClusteredEntity} entity bean: routing
 * from every member, one live entity per key (an activation record in a shared IMap), each
 * sender's order under load while a fourth context joins and one closes, and a crash under
 * traffic; the meters count the remote sends, the handoffs, the takeovers and the failures.
 */
class ClusterContextsTests {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int KEYS = 16;
    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    @AfterEach
    void closeContexts() {
        for (ConfigurableApplicationContext context : contexts) {
            context.close();
        }
        Counter.DOUBLE_ACTIVATIONS.clear();
        Counter.OUT_OF_ORDER.clear();
    }

    @Test
    void routesFromEveryContextAndKeepsOrderAndOneLiveEntityPerKeyWhileContextsJoinAndLeave() throws Exception {
        TestMembers members = new TestMembers(4);
        for (int i = 0; i < 3; i++) {
            contexts.add(start(members, i));
        }
        TestMembers.awaitPartitionsAssigned(hazelcast(0), WAIT);
        Set<String> owners = new HashSet<>();
        for (int k = 0; k < KEYS; k++) {
            String key = "spring-" + k;
            String owner = RoutingTest.owner(hazelcast(0), key);
            owners.add(owner);
            for (int c = 0; c < 3; c++) {
                assertThat(counters(c).<String>ask(key, new Counter.WhereAreYou()).get(WAIT)).isEqualTo(owner);
            }
        }
        if (!owners.equals(Set.of(uuid(0)))) { // some asks of context 0 went to another member
            assertThat(meter(0, "actors.cluster.remote.sends", "kind", "ask")).isPositive();
        }
        boolean leaverHeldLeases = owners.contains(uuid(1));

        AtomicBoolean stop = new AtomicBoolean();
        Map<String, Long> lastSent = new ConcurrentHashMap<>();
        CountDownLatch warmedUp = new CountDownLatch(2);
        List<Thread> senders = new ArrayList<>();
        for (int c : new int[] {0, 2}) {
            Entities<String, Counter> through = counters(c);
            String sender = "context-" + c;
            senders.add(Thread.ofPlatform().start(() -> {
                for (long n = 1; n <= 20_000 && !stop.get(); n++) {
                    for (int k = 0; k < KEYS; k++) {
                        through.tell("spring-" + k, new Counter.Numbered(sender, n));
                        lastSent.put("spring-" + k + "|" + sender, n);
                    }
                    through.ask("spring-0", new Counter.Get()).get(WAIT); // pacing; every ask ends
                    if (n == 5) {
                        warmedUp.countDown();
                    }
                }
            }));
        }
        assertThat(warmedUp.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        contexts.add(start(members, 3)); // joins
        TestMembers.awaitPartitionsAssigned(hazelcast(0), WAIT);
        MeterRegistry leaverMeters = contexts.get(1).getBean(MeterRegistry.class);
        EntityCluster leaver = contexts.get(1).getBean(EntityCluster.class); // keeps the meters' counters reachable
        contexts.remove(1).close(); // leaves gracefully
        if (leaverHeldLeases) { // handed over at the join's migration or at its leave
            assertThat(leaverMeters.get("actors.cluster.migrations").tag("direction", "handoff").functionCounter().count())
                    .as("handoffs of %s", leaver).isPositive();
        }
        TestMembers.awaitPartitionsAssigned(hazelcast(0), WAIT);
        stop.set(true);
        for (Thread sender : senders) {
            sender.join(WAIT.toMillis());
            assertThat(sender.isAlive()).isFalse();
        }
        for (int k = 0; k < KEYS; k++) { // after each sender's tells
            counters(0).ask("spring-" + k, new Counter.Get()).get(WAIT);
            counters(1).ask("spring-" + k, new Counter.Get()).get(WAIT);
        }
        assertThat(Counter.OUT_OF_ORDER).isEmpty();
        assertThat(Counter.DOUBLE_ACTIVATIONS).isEmpty();
        Map<String, Long> handled = hazelcast(0).getMap("test.sequences");
        for (Map.Entry<String, Long> sent : lastSent.entrySet()) {
            assertThat(handled.get(sent.getKey())).as(sent.getKey()).isEqualTo(sent.getValue());
        }
    }

    @Test
    void aCrashedContextsKeysComeBackWithTheirStoredStateAndNoAskHangs() throws Exception {
        TestMembers members = new TestMembers(3);
        for (int i = 0; i < 3; i++) {
            contexts.add(start(members, i));
        }
        TestMembers.awaitPartitionsAssigned(hazelcast(0), WAIT);
        Map<String, AtomicInteger> acked = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> unknown = new ConcurrentHashMap<>();
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean crashed = new AtomicBoolean();
        AtomicInteger roundsAfterCrash = new AtomicInteger();
        List<Thread> senders = new ArrayList<>();
        for (int c : new int[] {0, 2}) {
            Entities<String, Counter> through = counters(c);
            senders.add(Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    for (int k = 0; k < KEYS; k++) {
                        String key = "stored-" + k;
                        try {
                            through.ask(key, new Counter.Add(1)).toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                            acked.computeIfAbsent(key, any -> new AtomicInteger()).incrementAndGet();
                        } catch (ExecutionException failed) {
                            unknown.computeIfAbsent(key, any -> new AtomicInteger()).incrementAndGet();
                            if (!(failed.getCause() instanceof EntityUnreachableException
                                    || failed.getCause() instanceof ActorTimeoutException)) {
                                problems.add(key + ": " + failed.getCause());
                            }
                        } catch (TimeoutException hung) {
                            problems.add("an ask to " + key + " hung");
                        } catch (InterruptedException interrupted) {
                            return;
                        }
                    }
                    if (crashed.get()) {
                        roundsAfterCrash.incrementAndGet();
                    }
                }
            }));
        }
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> acked.size() == KEYS);
        String crashed1 = uuid(1);
        boolean crashedHeldKeys = false;
        for (int k = 0; k < KEYS; k++) {
            crashedHeldKeys |= RoutingTest.owner(hazelcast(0), "stored-" + k).equals(crashed1);
        }
        hazelcast(1).getLifecycleService().terminate(); // the crash
        crashed.set(true);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> roundsAfterCrash.get() >= 10);
        stop.set(true);
        for (Thread sender : senders) {
            sender.join(WAIT.toMillis() * 2);
            assertThat(sender.isAlive()).isFalse();
        }
        assertThat(problems).isEmpty();
        assertThat(Counter.DOUBLE_ACTIVATIONS).isEmpty();
        if (crashedHeldKeys) { // its keys' partitions were taken over by the members that stayed
            assertThat(meter(0, "actors.cluster.migrations", "direction", "takeover")
                    + meter(2, "actors.cluster.migrations", "direction", "takeover")).isPositive();
        }
        if (!unknown.isEmpty()) { // each ask that failed was counted by the member that sent it
            double failures = 0;
            for (ClusterCounters.Failure reason : ClusterCounters.Failure.values()) {
                String tag = reason.name().toLowerCase(java.util.Locale.ROOT);
                failures += meter(0, "actors.cluster.remote.failures", "reason", tag)
                        + meter(2, "actors.cluster.remote.failures", "reason", tag);
            }
            assertThat(failures).as("remote failures, with %s asks unknown", unknown).isPositive();
        }
        for (int k = 0; k < KEYS; k++) {
            String key = "stored-" + k;
            int count = counters(0).<Integer>ask(key, new Counter.Get()).get(WAIT);
            int ackedAdds = acked.get(key).get();
            int unknownAdds = unknown.getOrDefault(key, new AtomicInteger()).get();
            assertThat(count).as("%s: %s acknowledged, %s unknown", key, ackedAdds, unknownAdds)
                    .isBetween(ackedAdds, ackedAdds + unknownAdds);
        }
    }

    private ConfigurableApplicationContext start(TestMembers members, int index) {
        return new SpringApplicationBuilder(CounterApplication.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "actors.ask-timeout=10s")
                .initializers(context -> context.getBeanFactory().registerSingleton("hazelcastConfig", members.config(index)))
                .run();
    }

    private String uuid(int context) {
        return hazelcast(context).getCluster().getLocalMember().getUuid().toString();
    }

    private double meter(int context, String name, String tag, String value) {
        return contexts.get(context).getBean(MeterRegistry.class).get(name).tag(tag, value).functionCounter().count();
    }

    private HazelcastInstance hazelcast(int context) {
        return contexts.get(context).getBean(HazelcastInstance.class);
    }

    private Entities<String, Counter> counters(int context) {
        return contexts.get(context).getBean(CounterDesk.class).counters;
    }

    /**
     * An application with clustered Counter entities, as a user writes one: Counter is a
     * prototype {@code @Actor @ClusteredEntity} with an {@code @EntityKey} parameter, and a bean
     * injects its {@code Entities}; the entity cluster is the auto-configured one.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import({ Counter.class, CounterDesk.class })
    static class CounterApplication {

        @Bean
        EntityStateStore<String, Integer> counterStore(EntityCluster cluster) {
            return cluster.stateStore("counters");
        }
    }

    /** A bean that injects the clustered entities, as a service of the application would. */
    static final class CounterDesk {

        final Entities<String, Counter> counters;

        CounterDesk(Entities<String, Counter> counters) {
            this.counters = counters;
        }
    }
}
