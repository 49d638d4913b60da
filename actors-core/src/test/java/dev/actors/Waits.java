package dev.actors;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The bounds every blocking wait in this suite uses, so that a broken actor fails a test instead of hanging it. */
final class Waits {

    /** Long enough for a loaded CI machine, short enough that a hang fails fast. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Waits() {
    }

    /** Waits for the latch and fails the test if it is not released within {@link #TIMEOUT}. */
    static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                    .as("latch released within %s", TIMEOUT)
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }

    /**
     * Runs {@code task} in a new daemon thread and returns its outcome. Tests never use the common
     * fork-join pool for blocking work: on a 2-core machine it has one worker, which one blocked
     * task would take from every later test.
     */
    static <T> CompletableFuture<T> inNewThread(Supplier<T> task) {
        CompletableFuture<T> outcome = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("test-helper").start(() -> {
            try {
                outcome.complete(task.get());
            } catch (Throwable t) {
                outcome.completeExceptionally(t);
            }
        });
        return outcome.orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Throws {@code t} even when it is checked, for actors that must fail with a checked exception. */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }
}
