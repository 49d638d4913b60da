package dev.actors.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import dev.actors.ActorDeadException;
import dev.actors.ActorFuture;
import dev.actors.ActorRegistry;
import dev.actors.Entities;
import dev.actors.EntitySettings;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * With {@code maxLive} 1 and entity "a" live, one thread tells "a" a message and asks it another
 * while a second thread's first message to "b" passivates the least recently used: a message
 * racing with that passivation is handled by the old incarnation before it stops, or by a new one
 * started for it, in order. Forbidden: a tell refused with {@code ActorDeadException}, an ask
 * failed or hung, a message of "a" lost, handled twice or out of order.
 */
@JCStressTest
@Outcome(id = "0, 1, 1, 0", expect = ACCEPTABLE, desc = "a kept its incarnation (b was passivated, or the bound waits)")
@Outcome(id = "0, 1, 1, 1", expect = ACCEPTABLE_INTERESTING, desc = "a was passivated in the race: nothing lost, order kept")
@State
public class EntityTellVersusEvictionTest {

    private final ActorRegistry registry = new ActorRegistry();
    private final Queue<String> journal = new ConcurrentLinkedQueue<>();
    private final Entities<String, JournalingEntity> entities = registry.entities(JournalingEntity.class,
            key -> new JournalingEntity(key, journal), EntitySettings.defaults().withIdleTimeout(Duration.ZERO).withMaxLive(1));
    private ActorFuture<Object> asked;

    /** Starts "a": the only live entity. */
    public EntityTellVersusEvictionTest() {
        entities.ask("a", "warm").get(FutureOutcome.PATIENCE);
    }

    /** Tells "a" one message and asks it another. */
    @Actor
    public void sendToA(IIII_Result r) {
        try {
            entities.tell("a", "told");
            asked = entities.ask("a", "asked");
            r.r1 = 0;
        } catch (ActorDeadException refused) {
            r.r1 = 1;
        }
    }

    /** Starts "b", which passivates the least recently used entity. */
    @Actor
    public void startB() {
        entities.tell("b", "evict");
    }

    /** @param r r2: the ask's outcome; r3: 1 if "a" handled each message once, in order; r4: 1 if "a" was stopped first */
    @Arbiter
    public void settled(IIII_Result r) {
        r.r2 = asked == null ? FutureOutcome.OTHER_FAILURE : FutureOutcome.of(asked);
        FutureOutcome.of(entities.ask("a", "probe")); // queued after "told" and "asked": they are handled once it is
        List<String> handledByA = journal.stream().filter(line -> line.startsWith("a:") && !line.equals("a:stop")).toList();
        r.r3 = handledByA.equals(List.of("a:warm", "a:told", "a:asked", "a:probe")) ? 1 : 0;
        r.r4 = journal.stream().takeWhile(line -> !line.equals("a:probe")).anyMatch("a:stop"::equals) ? 1 : 0;
        registry.stopAll(FutureOutcome.PATIENCE);
    }
}
