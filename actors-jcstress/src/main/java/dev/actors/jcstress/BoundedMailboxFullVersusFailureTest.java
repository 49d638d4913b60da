package dev.actors.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import dev.actors.Actor;
import dev.actors.ActorFuture;
import dev.actors.ActorRef;
import java.util.concurrent.TimeUnit;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * An actor with a one-message mailbox is busy and its mailbox holds a failing tell ("boom").
 * One thread asks "late", which blocks for room; another releases the handler. "boom" kills
 * the actor before "late" can run, so "late" must fail with {@code ActorDeadException}
 * whether it got into the mailbox or was still waiting for room: blocked senders are
 * released when the actor dies. Forbidden: a hung ask, a handled "late", {@code onFailure}
 * not run exactly once.
 */
@JCStressTest
@Outcome(id = "2, 0, 1", expect = ACCEPTABLE, desc = "late failed: the actor died of boom first")
@State
public class BoundedMailboxFullVersusFailureTest {

    private static final String LATE = "late";

    private final Ledger ledger = new Ledger();
    private final Ledger.Blocker blocker = Ledger.Blocker.create();
    private final ActorRef<VirtualLedgerActor> ref = Actor.start(new VirtualLedgerActor(ledger, 1));
    private ActorFuture<Object> late;

    /** Starts the actor, makes it busy and fills its mailbox with a failing tell. */
    public BoundedMailboxFullVersusFailureTest() {
        ref.tell(blocker);
        try {
            blocker.entered().await(Ledger.BLOCK_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ref.tell(Ledger.BOOM);
    }

    /** Asks while the mailbox is full. */
    @org.openjdk.jcstress.annotations.Actor
    public void askWhenFull() {
        late = ref.ask(LATE);
    }

    /** Releases the busy handler; the failing tell runs next. */
    @org.openjdk.jcstress.annotations.Actor
    public void release() {
        blocker.release().countDown();
    }

    /** @param r r1: late's outcome; r2: times late handled; r3: times onFailure ran */
    @Arbiter
    public void settled(III_Result r) {
        r.r1 = FutureOutcome.of(late);
        r.r2 = ledger.handled(LATE);
        try {
            r.r3 = ledger.failuresAfterFirst(FutureOutcome.PATIENCE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            r.r3 = -1;
        }
    }
}
