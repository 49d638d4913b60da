package dev.actors.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import dev.actors.Actor;
import dev.actors.ActorFuture;
import dev.actors.ActorRef;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Two stops race on one live actor. At least one sees it alive ({@code true}); the other
 * sees it alive or stopping ({@code true}) or already dead ({@code false}). {@code onStop}
 * runs exactly once. Forbidden: both {@code false}, a hung stop, {@code onStop} run 0 or
 * 2 times.
 */
@JCStressTest
@Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "both asked while alive or stopping")
@Outcome(id = {"1, 0, 1", "0, 1, 1"}, expect = ACCEPTABLE_INTERESTING, desc = "one asked after the actor died")
@State
public class StopVersusStopTest {

    private final Ledger ledger = new Ledger();
    private final ActorRef<VirtualLedgerActor> ref = Actor.start(new VirtualLedgerActor(ledger));
    private ActorFuture<Boolean> first;
    private ActorFuture<Boolean> second;

    /** Stops. */
    @org.openjdk.jcstress.annotations.Actor
    public void stopOne() {
        first = ref.stopAsync();
    }

    /** Stops too. */
    @org.openjdk.jcstress.annotations.Actor
    public void stopTwo() {
        second = ref.stopAsync();
    }

    /** @param r r1, r2: the stops' outcomes; r3: times onStop ran */
    @Arbiter
    public void settled(III_Result r) {
        r.r1 = FutureOutcome.ofStop(first);
        r.r2 = FutureOutcome.ofStop(second);
        r.r3 = ledger.stops();
    }
}
