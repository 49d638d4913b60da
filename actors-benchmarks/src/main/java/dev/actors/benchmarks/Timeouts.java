package dev.actors.benchmarks;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The bounds every blocking wait in the benchmarks uses, so that a broken runtime fails instead of hanging. */
public final class Timeouts {

    /** How long a benchmark waits for one reply or one batch before failing. */
    public static final Duration REPLY = Duration.ofSeconds(30);

    /**
     * How long a benchmark waits for a whole many-actor batch (a million round trips among
     * 10,000 pairs) before failing: long, because 20,000 {@code ThreadingActor} threads on a
     * busy 2-core machine take over a minute for it, and a slow run must not fail as if stuck.
     */
    public static final Duration BATCH = Duration.ofMinutes(5);

    private Timeouts() {
    }

    /** Waits for {@code latch}, failing with a message naming {@code what} when {@link #REPLY} runs out. */
    public static void await(CountDownLatch latch, String what) throws InterruptedException {
        await(latch, what, REPLY);
    }

    /** Waits for {@code latch}, failing with a message naming {@code what} when {@code timeout} runs out. */
    public static void await(CountDownLatch latch, String what, Duration timeout) throws InterruptedException {
        if (!latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(what + " did not finish within " + timeout + " (" + latch.getCount()
                    + " still to count down): the runtime under test lost a message or is stuck");
        }
    }
}
