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
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * Starting (and so registering) an actor races with {@code stopAll} on the same registry.
 * The newcomer is either stopped by {@code stopAll} or started after it and still alive and
 * registered. Forbidden: the old actor left alive, a live newcomer missing from the registry
 * (no later {@code stopAll} could ever stop it), a dead newcomer still registered, or
 * {@code stopAll} reporting a different number of actors than it stopped.
 */
@JCStressTest
@Outcome(id = "0, 0, 0, 2", expect = ACCEPTABLE, desc = "stopAll stopped both")
@Outcome(id = "0, 1, 1, 1", expect = ACCEPTABLE_INTERESTING, desc = "newcomer registered after stopAll's snapshot")
@State
public class StartVersusStopAllTest {

    private static final Duration PER_ACTOR = FutureOutcome.PATIENCE;

    private final ActorRegistry registry = new ActorRegistry();
    private final ActorRef<VirtualLedgerActor> old = registry.start(new VirtualLedgerActor(new Ledger()));
    private final VirtualLedgerActor newcomer = new VirtualLedgerActor(new Ledger());
    private ActorRef<VirtualLedgerActor> newRef;

    /** Starts the newcomer in the registry. */
    @Actor
    public void start() {
        newRef = registry.start(newcomer);
    }

    /** @param r r4: how many actors stopAll reported */
    @Actor
    public void stopAll(IIII_Result r) {
        r.r4 = registry.stopAll(PER_ACTOR).size();
    }

    /** @param r r1: old alive; r2: newcomer alive; r3: newcomer registered */
    @Arbiter
    public void settled(IIII_Result r) {
        r.r1 = old.isAlive() ? 1 : 0;
        r.r2 = newRef.isAlive() ? 1 : 0;
        r.r3 = registry.getByUrn(newcomer.actorUrn()).isPresent() ? 1 : 0;
        newRef.stop(PER_ACTOR);
    }
}
