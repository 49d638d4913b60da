package dev.actors.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import dev.actors.ActorTimeoutException;
import dev.actors.ThreadingFuture;
import java.time.Duration;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * {@code set} races with a {@code get} that has a short timeout. The getter sees the value
 * or times out; afterwards the value is always there (r2). Forbidden: a getter that sees
 * something else, or a value that is lost after the timeout.
 */
@JCStressTest
@Outcome(id = "42, 42", expect = ACCEPTABLE, desc = "get saw the value")
@Outcome(id = "-1, 42", expect = ACCEPTABLE_INTERESTING, desc = "get timed out before set")
@State
public class FutureSetVersusTimedGetTest {

    private static final Duration SHORT = Duration.ofMillis(1);

    private final ThreadingFuture<Integer> future = new ThreadingFuture<>();

    /** Completes the future. */
    @Actor
    public void setter() {
        future.set(42);
    }

    /** @param r r1: the value seen, -1 on timeout */
    @Actor
    public void getter(II_Result r) {
        try {
            r.r1 = future.get(SHORT);
        } catch (ActorTimeoutException e) {
            r.r1 = -1;
        }
    }

    /** @param r r2: the value polled once both are done */
    @Arbiter
    public void settled(II_Result r) {
        try {
            r.r2 = future.get(Duration.ZERO);
        } catch (ActorTimeoutException e) {
            r.r2 = -1;
        }
    }
}
