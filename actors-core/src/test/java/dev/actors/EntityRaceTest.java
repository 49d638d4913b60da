package dev.actors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The racy guarantees of {@link Entities}, under load: concurrent first messages start one actor;
 * messages racing with passivations (idle or LRU) are never lost, never refused, and keep their
 * order per sender and key across incarnations. The same races one at a time are jcstress tests
 * ({@code EntityFirstMessageRaceTest}, {@code EntityTellVersusEvictionTest}).
 */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class EntityRaceTest {

    private static final int SENDERS = 4;
    /** Keep going until this many passivations raced with the senders (their number depends on timing, not the verdict). */
    private static final int PASSIVATIONS_WANTED = 30;

    /** A numbered message from one sender. */
    record Sent(int sender, int seq) {
    }

    private final ActorRuntime runtime;
    private final List<EntityWorld> worlds = new CopyOnWriteArrayList<>();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();

    EntityRaceTest(ActorRuntime runtime) {
        this.runtime = runtime;
    }

    private EntityWorld world(EntitySettings settings) {
        EntityWorld world = new EntityWorld(runtime, settings);
        world.registry.addDeadLetterListener(deadLetters::add);
        worlds.add(world);
        return world;
    }

    @AfterEach
    void stopAll() {
        worlds.forEach(world -> world.registry.stopAll(TIMEOUT));
    }

    @Test
    void concurrentFirstMessagesToAFreshKeyStartOneActorEveryTime() throws Exception {
        EntityWorld world = world(EntitySettings.defaults().withIdleTimeout(Duration.ZERO));
        int rounds = 200;
        CyclicBarrier start = new CyclicBarrier(SENDERS);
        List<CompletableFuture<Void>> senders = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            int sender = s;
            senders.add(Waits.inNewThread(() -> {
                for (int round = 0; round < rounds; round++) {
                    await(start);
                    world.entities.tell("k" + round, new Sent(sender, round));
                }
                return null;
            }).thenApply(done -> null));
        }
        CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new)).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(world.builds).hasValue(rounds);
        assertThat(world.entities.liveCount()).isEqualTo(rounds);
        for (int round = 0; round < rounds; round++) {
            assertThat(world.state("k" + round)).hasSize(SENDERS);
        }
    }

    @Test
    void messagesRacingWithIdlePassivationsAreKeptInOrderPerSender() throws Exception {
        EntityWorld world = world(EntitySettings.defaults().withIdleTimeout(Duration.ofMillis(1)));
        List<String> keys = List.of("a", "b", "c");

        int sent = sendUntilPassivated(world, keys);

        assertDeliveredInOrder(world, keys, sent);
    }

    @Test
    void messagesRacingWithEvictionsAreKeptInOrderPerSender() throws Exception {
        EntityWorld world = world(EntitySettings.defaults().withIdleTimeout(Duration.ZERO).withMaxLive(2));
        List<String> keys = List.of("a", "b", "c", "d", "e");

        int sent = sendUntilPassivated(world, keys);

        assertDeliveredInOrder(world, keys, sent);
        assertThat(world.entities.liveCount()).isLessThanOrEqualTo(2 + keys.size()); // evicted ones may still be stopping
    }

    /**
     * Every sender sends numbered messages to every key (tells, and every fifth an ask), with
     * short pauses so that entities go idle, in rounds until enough passivations have happened.
     *
     * @return how many messages each sender sent to each key
     */
    private int sendUntilPassivated(EntityWorld world, List<String> keys) throws Exception {
        int perRound = 200;
        int rounds = 0;
        List<ActorFuture<Object>> asks = new CopyOnWriteArrayList<>();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        do {
            int base = rounds * perRound;
            CyclicBarrier start = new CyclicBarrier(SENDERS);
            List<CompletableFuture<Object>> senders = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                int sender = s;
                senders.add(Waits.inNewThread(() -> {
                    await(start);
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int seq = base; seq < base + perRound; seq++) {
                        for (String key : keys) {
                            Sent message = new Sent(sender, seq);
                            if (seq % 5 == 0) {
                                asks.add(world.entities.ask(key, message));
                            } else {
                                world.entities.ref(key).tell(message);
                            }
                        }
                        if (random.nextInt(20) == 0) {
                            LockSupport.parkNanos(random.nextLong(3_000_000)); // a pause, so that entities go idle
                        }
                    }
                    return null;
                }));
            }
            for (CompletableFuture<Object> sender : senders) {
                sender.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            rounds++;
        } while (world.entities.passivations() < PASSIVATIONS_WANTED && System.nanoTime() < deadline);
        for (ActorFuture<Object> ask : asks) {
            assertThat(ask.get(TIMEOUT)).isInstanceOf(Sent.class); // never ActorDeadException
        }
        assertThat(world.entities.passivations()).isGreaterThanOrEqualTo(PASSIVATIONS_WANTED);
        return rounds * perRound;
    }

    private void assertDeliveredInOrder(EntityWorld world, List<String> keys, int sent) {
        for (String key : keys) {
            List<Object> received = world.state(key);
            for (int sender = 0; sender < SENDERS; sender++) {
                int from = sender;
                List<Integer> seqs = received.stream().map(Sent.class::cast).filter(m -> m.sender() == from)
                        .map(Sent::seq).toList();
                assertThat(seqs).as("key %s, sender %d: every message once, in send order", key, sender)
                        .hasSize(sent).isSorted().doesNotHaveDuplicates();
            }
        }
        assertThat(deadLetters).isEmpty();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("the senders did not meet", e);
        }
    }
}
