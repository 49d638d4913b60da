package dev.actors.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import java.time.Duration;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * {@code unregister} of a live actor races with {@code stopAll}. Either {@code stopAll} saw
 * the actor and stopped it, or the actor was unregistered first and is left alive (that is
 * what unregistering means). Forbidden: {@code stopAll} reports the actor but it is still
 * alive, the actor dies without being stopped, or the registry is not empty afterwards.
 */
@JCStressTest
@Outcome(id = "1, 0, 0", expect = ACCEPTABLE, desc = "stopAll stopped the actor")
@Outcome(id = "0, 1, 0", expect = ACCEPTABLE_INTERESTING, desc = "unregistered before stopAll looked")
@State
public class UnregisterVersusStopAllTest {

    private static final Duration PER_ACTOR = FutureOutcome.PATIENCE;

    private final ActorRegistry registry = new ActorRegistry();
    private final ActorRef<VirtualLedgerActor> ref = registry.start(new VirtualLedgerActor(new Ledger()));

    /** Unregisters the live actor. */
    @Actor
    public void unregister() {
        registry.unregister(ref);
    }

    /** @param r r1: how many actors stopAll reported */
    @Actor
    public void stopAll(III_Result r) {
        r.r1 = registry.stopAll(PER_ACTOR).size();
    }

    /** @param r r2: actor alive; r3: actors still registered */
    @Arbiter
    public void settled(III_Result r) {
        r.r2 = ref.isAlive() ? 1 : 0;
        r.r3 = registry.getAll().size();
        ref.stop(PER_ACTOR);
    }
}
