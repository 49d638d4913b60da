package dev.actors.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import dev.actors.Actor;
import dev.actors.ActorDeadException;
import dev.actors.ActorFuture;
import dev.actors.ActorRef;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * One thread tells "first" and then stops the actor; another tells "racer" at the same time.
 * "first" was told before the stop, so it is handled exactly once, whatever the racer does.
 * The racer is handled, refused with {@code ActorDeadException}, or (told after the stop
 * message was queued, as in Pykka) accepted and dropped. Forbidden: "first" lost or handled
 * twice, a refused racer that was handled, a stop that hangs or returns {@code false}.
 */
@JCStressTest
@Outcome(id = "1, 1, 1, 1", expect = ACCEPTABLE, desc = "racer handled before the stop")
@Outcome(id = "1, 0, 0, 1", expect = ACCEPTABLE, desc = "racer refused: actor already dead")
@Outcome(id = "1, 1, 0, 1", expect = ACCEPTABLE_INTERESTING, desc = "racer queued after the stop message: dropped")
@State
public class TellVersusStopTest {

    private static final String FIRST = "first";
    private static final String RACER = "racer";

    private final Ledger ledger = new Ledger();
    private final ActorRef<VirtualLedgerActor> ref = Actor.start(new VirtualLedgerActor(ledger));
    private ActorFuture<Boolean> stopped;

    /** Tells "first", then stops without blocking. */
    @org.openjdk.jcstress.annotations.Actor
    public void tellThenStop() {
        ref.tell(FIRST);
        stopped = ref.stopAsync();
    }

    /** @param r r2: 1 if the racer's tell was accepted, 0 if refused */
    @org.openjdk.jcstress.annotations.Actor
    public void racer(IIII_Result r) {
        try {
            ref.tell(RACER);
            r.r2 = 1;
        } catch (ActorDeadException e) {
            r.r2 = 0;
        }
    }

    /** @param r r1: times "first" handled; r3: times racer handled; r4: the stop's outcome */
    @Arbiter
    public void settled(IIII_Result r) {
        r.r4 = FutureOutcome.ofStop(stopped);
        r.r1 = ledger.handled(FIRST);
        r.r3 = ledger.handled(RACER);
    }
}
