package dev.actors.spring.reliability.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds an actor's thread for {@link #HOLD}, ignoring interrupts: the worst case of an actor
 * stuck in {@code onStop} or a handler. Bounded, so a child JVM that a failing test forgets
 * still ends by itself.
 */
final class StubbornStop {

    /** How long a stuck actor holds its thread. */
    static final Duration HOLD = Duration.ofSeconds(60);

    private StubbornStop() {
    }

    static void holdIgnoringInterrupts() {
        CountDownLatch never = new CountDownLatch(1);
        long deadline = System.nanoTime() + HOLD.toNanos();
        boolean interrupted = false;
        for (long left = HOLD.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            try {
                never.await(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
