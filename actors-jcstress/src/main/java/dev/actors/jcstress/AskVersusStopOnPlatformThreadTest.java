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
 * {@code ask} races with {@code stopAsync} on a platform-thread actor ({@code ThreadingActor}). The ask is either
 * handled (its future has the reply) or fails with {@code ActorDeadException}, never both
 * and never neither; the stop returns {@code true}. Forbidden: a hung future, a handled ask
 * whose future failed, a failed ask that was handled anyway.
 */
@JCStressTest
@Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "ask handled before the stop")
@Outcome(id = "2, 0, 1", expect = ACCEPTABLE_INTERESTING, desc = "ask after the stop: ActorDeadException")
@State
public class AskVersusStopOnPlatformThreadTest {

    private static final String MESSAGE = "ask";

    private final Ledger ledger = new Ledger();
    private final ActorRef<PlatformLedgerActor> ref = Actor.start(new PlatformLedgerActor(ledger));
    private ActorFuture<Object> reply;
    private ActorFuture<Boolean> stopped;

    /** Asks. */
    @org.openjdk.jcstress.annotations.Actor
    public void asker() {
        reply = ref.ask(MESSAGE);
    }

    /** Stops, without blocking. */
    @org.openjdk.jcstress.annotations.Actor
    public void stopper() {
        stopped = ref.stopAsync();
    }

    /** @param r r1: the ask's outcome; r2: times handled; r3: the stop's outcome */
    @Arbiter
    public void settled(III_Result r) {
        r.r1 = FutureOutcome.of(reply);
        r.r3 = FutureOutcome.ofStop(stopped);
        r.r2 = ledger.handled(MESSAGE);
    }
}
