package dev.actors.cluster.hazelcast;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.CompletableFuture;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * A delivery entering a held partition lease (the local-owner path or a remote batch:
 * {@code tryEnter}, deliver, {@code exit}) races with the start of its handoff
 * ({@code beginDrain}). Either the delivery entered first, and the drain completes only once it
 * has exited, or it came after the drain began and was refused. Forbidden: a drain whose future
 * is still not complete once every delivery has exited (the handoff would wait for its timeout,
 * the entities running on), and a delivery counted in flight after everything ended. In the
 * cluster module's package (the lease is package-private); the jcstress jar holds both.
 */
@JCStressTest
@Outcome(id = "1, 1, 0", expect = ACCEPTABLE, desc = "the delivery entered first; the drain completed when it exited")
@Outcome(id = "0, 1, 0", expect = ACCEPTABLE_INTERESTING, desc = "the drain began first; the delivery was refused")
@Outcome(id = {"1, 0, 0", "0, 0, 0"}, expect = FORBIDDEN, desc = "the drain never completed though no delivery is in flight")
@Outcome(expect = FORBIDDEN, desc = "a delivery still counted in flight, or the drain refused on a held lease")
@State
public class LeaseEnterVersusDrainTest {

    private final Lease lease = new Lease(0);
    private boolean entered;
    private CompletableFuture<Void> drained;

    /** Holds the lease, as the member that took its entry. */
    public LeaseEnterVersusDrainTest() {
        lease.markHeld();
    }

    /** A delivery: enters if it may, delivers nothing, exits. */
    @Actor
    public void deliver() {
        entered = lease.tryEnter();
        if (entered) {
            lease.exit();
        }
    }

    /** The handoff begins. */
    @Actor
    public void handOver() {
        drained = lease.beginDrain();
    }

    /** @param r r1: the delivery entered; r2: the drain has completed (-1 if refused); r3: 1 if the lease still counts a delivery */
    @Arbiter
    public void settled(III_Result r) {
        r.r1 = entered ? 1 : 0;
        r.r2 = drained == null ? -1 : drained.isDone() ? 1 : 0;
        r.r3 = lease.tryEnter() ? 1 : lease.toString().endsWith(" 0 in flight)") ? 0 : 1;
    }
}
