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
 * {@code set} races with {@code setGetHook}: "completion after a get hook" and "a hook after
 * completion" are both {@code IllegalStateException}, so exactly one wins and {@code get}
 * returns the winner's value. Forbidden: both or neither win, or {@code get} disagrees.
 */
@JCStressTest
@Outcome(id = "1, 0, 1", expect = ACCEPTABLE, desc = "set won, hook refused")
@Outcome(id = "0, 1, 2", expect = ACCEPTABLE, desc = "hook won, set refused")
@State
public class FutureSetVersusGetHookTest {

    private final ThreadingFuture<Integer> future = new ThreadingFuture<>();

    /** @param r r1: 1 if set won */
    @Actor
    public void setter(III_Result r) {
        try {
            future.set(1);
            r.r1 = 1;
        } catch (IllegalStateException e) {
            r.r1 = 0;
        }
    }

    /** @param r r2: 1 if the hook was accepted */
    @Actor
    public void hooker(III_Result r) {
        try {
            future.setGetHook(timeout -> 2);
            r.r2 = 1;
        } catch (IllegalStateException e) {
            r.r2 = 0;
        }
    }

    /** @param r r3: what get returns (-1 on any failure) */
    @Arbiter
    public void settled(III_Result r) {
        try {
            r.r3 = future.get(Duration.ofSeconds(1));
        } catch (RuntimeException e) {
            r.r3 = -1;
        }
    }
}
