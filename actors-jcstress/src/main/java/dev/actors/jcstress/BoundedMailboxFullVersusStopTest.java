package dev.actors.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import dev.actors.Actor;
import dev.actors.ActorFuture;
import dev.actors.ActorRef;
import java.util.concurrent.TimeUnit;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * An actor with a one-message mailbox is busy (blocked in a handler) and its mailbox is full
 * ("filler"). One thread asks "late", which blocks for room; another releases the handler and
 * stops the actor. "filler" was queued before the stop, so it is handled once; "late" is
 * handled or fails with {@code ActorDeadException}; every future completes. Forbidden: a
 * hung ask or stop, a lost filler, a handled "late" whose future failed.
 */
@JCStressTest
@Outcome(id = "1, 1, 1, 1", expect = ACCEPTABLE, desc = "late got room before the stop and was handled")
@Outcome(id = "1, 2, 0, 1", expect = ACCEPTABLE_INTERESTING, desc = "late queued after the stop or released: dead")
@State
public class BoundedMailboxFullVersusStopTest {

    private static final String FILLER = "filler";
    private static final String LATE = "late";

    private final Ledger ledger = new Ledger();
    private final Ledger.Blocker blocker = Ledger.Blocker.create();
    private final ActorRef<VirtualLedgerActor> ref = Actor.start(new VirtualLedgerActor(ledger, 1));
    private ActorFuture<Object> late;
    private ActorFuture<Boolean> stopped;

    /** Starts the actor, makes it busy and fills its one-message mailbox. */
    public BoundedMailboxFullVersusStopTest() {
        ref.tell(blocker);
        try {
            blocker.entered().await(Ledger.BLOCK_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ref.tell(FILLER);
    }

    /** Asks while the mailbox is full: blocks until there is room or the actor dies. */
    @org.openjdk.jcstress.annotations.Actor
    public void askWhenFull() {
        late = ref.ask(LATE);
    }

    /** Releases the busy handler, then stops the actor. */
    @org.openjdk.jcstress.annotations.Actor
    public void releaseAndStop() {
        blocker.release().countDown();
        stopped = ref.stopAsync();
    }

    /** @param r r1: times filler handled; r2: late's outcome; r3: times late handled; r4: stop's outcome */
    @Arbiter
    public void settled(IIII_Result r) {
        r.r2 = FutureOutcome.of(late);
        r.r4 = FutureOutcome.ofStop(stopped);
        r.r1 = ledger.handled(FILLER);
        r.r3 = ledger.handled(LATE);
    }
}
