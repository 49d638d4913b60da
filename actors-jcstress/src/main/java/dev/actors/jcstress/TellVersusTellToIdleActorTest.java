package dev.actors.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Two senders tell a {@code VirtualThreadActor} whose first run is being launched, is running
 * or has just given its mailbox up: each sender that finds it idle starts a thread, which must
 * claim the mailbox before it touches it (issue 9 item 1: the state is never "owned" without a
 * thread, and a thread whose start was given up on never owns it). Forbidden: handlers
 * overlapping, the start hook running twice, or a message lost.
 */
@JCStressTest
@Outcome(id = "0, 1, 3", expect = ACCEPTABLE, desc = "one run at a time, one start, both tells and the last ask handled")
@State
public class TellVersusTellToIdleActorTest {

    private final ActorRegistry registry = new ActorRegistry();
    private final OverlapCountingActor actor = new OverlapCountingActor();
    private final ActorRef<OverlapCountingActor> ref = registry.start(actor);

    /** One sender. */
    @Actor
    public void tellOne() {
        ref.tell("one");
    }

    /** The other. */
    @Actor
    public void tellTwo() {
        ref.tell("two");
    }

    /** @param r r1: overlapping handlers; r2: start hook runs; r3: messages handled */
    @Arbiter
    public void settled(III_Result r) {
        int[] counts = (int[]) ref.ask("last").get(FutureOutcome.PATIENCE);
        r.r1 = counts[0];
        r.r2 = counts[1];
        r.r3 = counts[2];
        ref.stop(FutureOutcome.PATIENCE);
    }
}
