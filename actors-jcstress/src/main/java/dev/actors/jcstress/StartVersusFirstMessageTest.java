package dev.actors.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import dev.actors.ActorDeadException;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * A {@code VirtualThreadActor} is reachable (registered, and through refs taken in its
 * constructor) a moment before its first run is launched: a message sent in that moment must
 * not start a second run. Forbidden: handlers overlapping, the start hook running twice, or a
 * message lost.
 */
@JCStressTest
@Outcome(id = "0, 1, 2", expect = ACCEPTABLE, desc = "one run at a time, one start, both messages handled")
@State
public class StartVersusFirstMessageTest {

    private final ActorRegistry registry = new ActorRegistry();
    private final OverlapCountingActor actor = new OverlapCountingActor();
    private final ActorRef<OverlapCountingActor> ref = actor.ref();

    /** Starts the actor. */
    @Actor
    public void start() {
        registry.start(actor);
    }

    /** Sends the first message as soon as the actor takes messages. */
    @Actor
    public void sendFirst() {
        for (;;) {
            try {
                ref.tell("first");
                return;
            } catch (ActorDeadException notStartedYet) {
                Thread.onSpinWait();
            }
        }
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
