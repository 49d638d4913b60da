package dev.actors.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * Issue 10's wake-up versus idle edge of the virtual-thread strategy: one thread asks and
 * waits for the reply, so the actor's burst is ending (spinning, lingering, or giving its
 * mailbox up at once under load, then re-checking it) exactly when another thread's tell
 * arrives. Either the ending burst sees the tell, or the sender sees the mailbox given up and
 * starts a new burst; never both owning it, never neither. Forbidden: overlapping handlers, a
 * second start hook, a lost message, a wrong reply.
 */
@JCStressTest
@Outcome(id = "0, 1, 3, 1", expect = ACCEPTABLE, desc = "one owner at a time, ask, tell and the arbiter's ask all handled")
@State
public class AskReplyVersusTellToEndingBurstTest {

    private final ActorRegistry registry = new ActorRegistry();
    private final OverlapCountingActor actor = new OverlapCountingActor();
    private final ActorRef<OverlapCountingActor> ref = registry.start(actor);

    /** Asks and waits: the burst ends right after the reply. */
    @Actor
    public void askAndWait(IIII_Result r) {
        int[] counts = (int[]) ref.ask("ask").get(FutureOutcome.PATIENCE);
        r.r4 = counts[2] >= 1 ? 1 : 0;
    }

    /** Tells while that burst ends. */
    @Actor
    public void tellWhileTheBurstEnds() {
        ref.tell("tell");
    }

    /** @param r r1: overlapping handlers; r2: start hook runs; r3: messages handled (the arbiter's ask included) */
    @Arbiter
    public void settled(IIII_Result r) {
        int[] counts = (int[]) ref.ask("last").get(FutureOutcome.PATIENCE);
        r.r1 = counts[0];
        r.r2 = counts[1];
        r.r3 = counts[2];
        ref.stop(FutureOutcome.PATIENCE);
    }
}
