package dev.actors.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import dev.actors.ActorFuture;
import dev.actors.ActorRegistry;
import dev.actors.Entities;
import dev.actors.EntitySettings;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * Two first messages to the same key of fresh entities, from two threads at once: one actor is
 * started for both. Forbidden: the factory called twice, two actors registered, an ask failed
 * or hung.
 */
@JCStressTest
@Outcome(id = "1, 1, 1, 1", expect = ACCEPTABLE, desc = "one incarnation built and registered, both asks answered")
@State
public class EntityFirstMessageRaceTest {

    private final ActorRegistry registry = new ActorRegistry();
    private final Queue<String> journal = new ConcurrentLinkedQueue<>();
    private final AtomicInteger builds = new AtomicInteger();
    private final Entities<String, JournalingEntity> entities = registry.entities(JournalingEntity.class, key -> {
        builds.incrementAndGet();
        return new JournalingEntity(key, journal);
    }, EntitySettings.defaults().withIdleTimeout(Duration.ZERO));
    private ActorFuture<Object> first;
    private ActorFuture<Object> second;

    /** The first message, from one thread. */
    @Actor
    public void first() {
        first = entities.ask("k", "first");
    }

    /** The first message, from another. */
    @Actor
    public void second() {
        second = entities.ask("k", "second");
    }

    /** @param r r1: factory calls; r2: actors registered; r3, r4: the asks' outcomes */
    @Arbiter
    public void settled(IIII_Result r) {
        r.r3 = FutureOutcome.of(first);
        r.r4 = FutureOutcome.of(second);
        r.r1 = builds.get();
        r.r2 = registry.getAll().size();
        registry.stopAll(FutureOutcome.PATIENCE);
    }
}
