package dev.actors.cluster.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Told messages to remote entities that were not delivered reach the cluster's dead-letter
 * listeners with their kind, key, message (a copy) and reason: here, a member that owns the key
 * but never made the Counter entities, so nobody takes the message before its deadline (the ask
 * timeout, 1 s).
 */
class ClusterDeadLetterTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private TestNode asking;
    private HazelcastInstance bare;
    private String key;

    @BeforeEach
    void startMembers() {
        TestMembers members = new TestMembers(2);
        asking = new TestNode(members.start(0), ClusterSettings.defaults().withAskTimeout(Duration.ofSeconds(1)));
        bare = members.start(1); // a member without the Counter entities: it cannot take their messages
        TestMembers.awaitPartitionsAssigned(asking.hazelcast, WAIT);
        key = RoutingTest.keyOwnedBy(bare, "lost-");
    }

    @AfterEach
    void stopMembers() {
        asking.close();
        bare.shutdown();
    }

    @Test
    void aTellNobodyTookIsADeadLetterWithItsKindKeyMessageAndReason() throws Exception {
        BlockingQueue<ClusterDeadLetter> deadLetters = new LinkedBlockingQueue<>();
        try (AutoCloseable listening = asking.cluster.addDeadLetterListener(deadLetters::add)) {
            asking.counters.tell(key, new Counter.Add(7));

            ClusterDeadLetter deadLetter = deadLetters.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(deadLetter).isNotNull();
            assertThat(deadLetter.kind()).isEqualTo(Counter.class.getName());
            assertThat(deadLetter.key()).isEqualTo(key);
            assertThat(deadLetter.message()).isEqualTo(new Counter.Add(7));
            assertThat(deadLetter.reason()).isEqualTo(ClusterCounters.Failure.UNREACHABLE);
            assertThat(deadLetter.why()).contains("no member took it before its deadline");
        }
    }

    @Test
    void aVoidInterfaceCallIsADeadLetterDescribingTheCall() throws Exception {
        BlockingQueue<ClusterDeadLetter> deadLetters = new LinkedBlockingQueue<>();
        try (AutoCloseable listening = asking.cluster.addDeadLetterListener(deadLetters::add)) {
            asking.counters.ref(key).proxy(CounterApi.class).addQuietly(5);

            ClusterDeadLetter deadLetter = deadLetters.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(deadLetter).isNotNull();
            assertThat(deadLetter.message()).isEqualTo("CounterApi.addQuietly(5)");
            assertThat(deadLetter.key()).isEqualTo(key);
        }
    }

    @Test
    void aThrowingListenerHarmsNeitherTheOthersNorLaterMessagesAndAClosedOneHearsNothing() throws Exception {
        BlockingQueue<ClusterDeadLetter> kept = new LinkedBlockingQueue<>();
        BlockingQueue<ClusterDeadLetter> removed = new LinkedBlockingQueue<>();
        try (AutoCloseable throwing = asking.cluster.addDeadLetterListener(deadLetter -> {
            throw new IllegalStateException("a listener's own failure, logged");
        }); AutoCloseable keeping = asking.cluster.addDeadLetterListener(kept::add)) {
            AutoCloseable closed = asking.cluster.addDeadLetterListener(removed::add);
            closed.close();

            asking.counters.tell(key, new Counter.Add(1));
            asking.counters.tell(key, new Counter.Add(2));

            assertThat(kept.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).extracting(ClusterDeadLetter::message)
                    .isEqualTo(new Counter.Add(1));
            assertThat(kept.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).extracting(ClusterDeadLetter::message)
                    .isEqualTo(new Counter.Add(2));
            assertThat(removed).isEmpty();
        }
    }
}
