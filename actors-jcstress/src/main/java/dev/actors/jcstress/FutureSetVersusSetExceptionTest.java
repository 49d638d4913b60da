package dev.actors.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import dev.actors.ThreadingFuture;
import java.time.Duration;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * {@code set} races with {@code setException}: exactly one wins, the loser gets
 * {@code IllegalStateException}, and {@code get} agrees with the winner. Forbidden: both
 * win, neither wins, or {@code get} disagrees.
 */
@JCStressTest
@Outcome(id = "1, 0, 1", expect = ACCEPTABLE, desc = "set won")
@Outcome(id = "0, 1, 2", expect = ACCEPTABLE, desc = "setException won")
@State
public class FutureSetVersusSetExceptionTest {

    private static final IllegalArgumentException FAILURE = new IllegalArgumentException("injected");

    private final ThreadingFuture<Integer> future = new ThreadingFuture<>();

    /** @param r r1: 1 if set won, 0 if it got IllegalStateException */
    @Actor
    public void setter(III_Result r) {
        try {
            future.set(7);
            r.r1 = 1;
        } catch (IllegalStateException e) {
            r.r1 = 0;
        }
    }

    /** @param r r2: 1 if setException won, 0 if it got IllegalStateException */
    @Actor
    public void failer(III_Result r) {
        try {
            future.setException(FAILURE);
            r.r2 = 1;
        } catch (IllegalStateException e) {
            r.r2 = 0;
        }
    }

    /** @param r r3: 1 value 7, 2 the injected failure, 3 anything else */
    @Arbiter
    public void settled(III_Result r) {
        try {
            r.r3 = future.get(Duration.ZERO) == 7 ? 1 : 3;
        } catch (IllegalArgumentException e) {
            r.r3 = e == FAILURE ? 2 : 3;
        } catch (RuntimeException e) {
            r.r3 = 3;
        }
    }
}
