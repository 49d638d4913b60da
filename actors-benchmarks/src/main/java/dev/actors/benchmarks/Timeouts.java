package dev.actors.benchmarks;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The bounds every blocking wait in the benchmarks uses, so that a broken runtime fails instead of hanging. */
public final class Timeouts {

    /** How long a benchmark waits for one reply or one batch before failing. */
    public static final Duration REPLY = Duration.ofSeconds(30);

    private Timeouts() {
    }

    /** Waits for {@code latch}, failing with a message naming {@code what} when {@link #REPLY} runs out. */
    public static void await(CountDownLatch latch, String what) throws InterruptedException {
        if (!latch.await(REPLY.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(what + " did not finish within " + REPLY
                    + ": the runtime under test lost a message or is stuck");
        }
    }
}
