package dev.actors.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import dev.actors.ActorTimeoutException;
import dev.actors.ThreadingFuture;
import java.time.Duration;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * {@code set} races with {@code isDone} then {@code get(Duration.ZERO)} (a poll). A poll that
 * follows a {@code true} {@code isDone} must return the value: {@code isDone} publishes it.
 * Forbidden: done but the poll times out or sees another value.
 */
@JCStressTest
@Outcome(id = "1, 42, 42", expect = ACCEPTABLE, desc = "done, and the poll saw the value")
@Outcome(id = "0, -2, 42", expect = ACCEPTABLE, desc = "not done yet; value there afterwards")
@State
public class FutureSetVersusPollTest {

    private final ThreadingFuture<Integer> future = new ThreadingFuture<>();

    /** Completes the future. */
    @Actor
    public void setter() {
        future.set(42);
    }

    /** @param r r1: isDone (1/0); r2: the polled value, -1 on timeout, -2 not polled */
    @Actor
    public void poller(III_Result r) {
        if (future.isDone()) {
            r.r1 = 1;
            try {
                r.r2 = future.get(Duration.ZERO);
            } catch (ActorTimeoutException e) {
                r.r2 = -1;
            }
        } else {
            r.r1 = 0;
            r.r2 = -2;
        }
    }

    /** @param r r3: the value polled once both are done */
    @Arbiter
    public void settled(III_Result r) {
        try {
            r.r3 = future.get(Duration.ZERO);
        } catch (ActorTimeoutException e) {
            r.r3 = -1;
        }
    }
}
