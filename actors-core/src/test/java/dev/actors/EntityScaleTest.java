package dev.actors;

import java.time.Duration;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A passivated key costs nothing: a million keys touched once each, with {@code maxLive} a
 * hundred thousand, leave no more than the live entities (and those still stopping) behind, so
 * the heap stays bounded whatever the number of keys. Virtual-thread entities only: a hundred
 * thousand live platform threads are beyond a test machine.
 */
class EntityScaleTest {

    private static final int KEYS = 1_000_000;
    private static final int MAX_LIVE = 100_000;

    private final ActorRegistry registry = new ActorRegistry();
    private final Logger actorsLogger = (Logger) LoggerFactory.getLogger("dev.actors");
    private final Level level = actorsLogger.getLevel();

    /** The leanest entity: a counter. */
    static final class Tally extends VirtualThreadActor {
        private int count;

        @Override
        protected Object onReceive(Object message) {
            return ++count;
        }
    }

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
        actorsLogger.setLevel(level);
    }

    @Test
    void aMillionKeysTouchedOnceKeepOnlyTheLiveEntitiesAndThoseStillStopping() {
        actorsLogger.setLevel(Level.INFO); // four DEBUG lines per start and stop would be most of the run
        LocalEntities<Integer, Tally> entities = (LocalEntities<Integer, Tally>) registry.<Integer, Tally>entities(Tally.class,
                key -> new Tally(), EntitySettings.defaults().withIdleTimeout(Duration.ZERO).withMaxLive(MAX_LIVE));
        int mostSlots = 0;
        int mostActors = 0;

        for (int key = 0; key < KEYS; key++) {
            entities.tell(key, "touch");
            if (key % 10_000 == 0) {
                mostSlots = Math.max(mostSlots, entities.slotCount());
                mostActors = Math.max(mostActors, entities.liveCount());
            }
        }

        await().atMost(TIMEOUT.multipliedBy(3)).until(() -> entities.liveCount() == MAX_LIVE);
        await().atMost(TIMEOUT).until(() -> entities.slotCount() == MAX_LIVE);
        assertThat(registry.getAll()).hasSize(MAX_LIVE);
        assertThat(entities.passivations()).isEqualTo(KEYS - MAX_LIVE);
        assertThat(entities.liveKeys()).allMatch(key -> key >= KEYS - MAX_LIVE); // the most recent ones
        System.out.printf("EntityScaleTest: at most %d slots and %d live actors at once (maxLive %d, %d keys)%n",
                mostSlots, mostActors, MAX_LIVE, KEYS);
        assertThat(mostSlots).as("slots at once: the live ones and those stopping, never one per key touched")
                .isLessThan(2 * MAX_LIVE);
    }
}
