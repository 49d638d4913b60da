package dev.actors.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import dev.actors.ActorDeadException;
import dev.actors.ActorFuture;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.DeadLetter;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * A restarting actor: one thread tells it a poison message and then "first"; another tells it
 * "racer" and then stops it (jcstress has two CPUs here, so the two threads carry the three
 * actions). The poison fails and restarts the actor (at once) unless the stop came first. "racer"
 * was told before the stop, so it is handled exactly once, even when it waits through a restart.
 * Whatever the interleaving, each message ends exactly one way: handled once, or a dead
 * letter with a reason (FAILED for the poison, DROPPED if it was queued behind the stop, REFUSED
 * if the sender got {@code ActorDeadException}); the stop completes {@code true}; the actor ends
 * stopped, its {@code onStop} run once. Each of r1..r3 is {@code handled + 10 * dropped + 100 * failed
 * + 1000 * refused} of one message, so exactly one of the four is 1; r4 is the stop's outcome and
 * {@code 10 * onStop runs}, plus 100 if the actor is still alive. A REFUSED dead letter without the sender's
 * {@code ActorDeadException} (or the reverse) adds 10000.
 */
@JCStressTest
@Outcome(id = "(1|10|1000), 1, (10|100|1000), 11", expect = ACCEPTABLE,
        desc = "every message handled once or a dead letter with one reason; racer handled; stopped once")
@State
public class RestartVersusTellVersusStopTest {

    private static final String FIRST = "first";
    private static final String RACER = "racer";

    private final Ledger ledger = new Ledger();
    private final DeadLetterLedger deadLetters = new DeadLetterLedger();
    private final ActorRegistry registry = new ActorRegistry();
    private final ActorRef<VirtualLedgerActor> ref;
    private ActorFuture<Boolean> stopped;
    private volatile boolean poisonRefused;
    private volatile boolean firstRefused;
    private volatile boolean racerRefused;

    public RestartVersusTellVersusStopTest() {
        registry.addDeadLetterListener(deadLetters);
        ref = registry.startFrom(() -> VirtualLedgerActor.restartingAtOnce(ledger));
    }

    /** Tells the poison, then "first". */
    @org.openjdk.jcstress.annotations.Actor
    public void poisonThenFirst() {
        poisonRefused = !tell(Ledger.BOOM);
        firstRefused = !tell(FIRST);
    }

    /** Tells "racer", then stops the actor without waiting. */
    @org.openjdk.jcstress.annotations.Actor
    public void racerThenStop() {
        racerRefused = !tell(RACER);
        stopped = ref.stopAsync();
    }

    private boolean tell(Object message) {
        try {
            ref.tell(message);
            return true;
        } catch (ActorDeadException refused) {
            return false;
        }
    }

    /** @param r see the class comment */
    @Arbiter
    public void settled(IIII_Result r) {
        int stop = FutureOutcome.ofStop(stopped);
        r.r1 = fate(FIRST, 0, firstRefused);
        r.r2 = fate(RACER, 0, racerRefused);
        r.r3 = fate(Ledger.BOOM, -ledger.handled(Ledger.BOOM), poisonRefused); // its handler throws: "handled" is a failure
        r.r4 = stop + 10 * ledger.stops() + (ref.isAlive() ? 100 : 0);
    }

    private int fate(Object message, int notHandled, boolean refused) {
        int refusedLetters = deadLetters.count(message, DeadLetter.Reason.REFUSED);
        int refusedMismatch = (refused ? 1 : 0) != refusedLetters ? 10_000 : 0; // the sender's view must agree
        return ledger.handled(message) + notHandled
                + 10 * deadLetters.count(message, DeadLetter.Reason.DROPPED)
                + 100 * deadLetters.count(message, DeadLetter.Reason.FAILED)
                + 1000 * refusedLetters + refusedMismatch;
    }
}
