package dev.actors.jcstress;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one test actor did: how often it handled each message, ran {@code onStop} and
 * {@code onFailure}. Shared by the platform-thread and virtual-thread test actors.
 *
 * <p>The counters are concurrent maps and atomics, so the arbiter reads them safely without
 * relying on the happens-before edge a completed stop future should give: a missing edge
 * must show up as a wrong count, not be hidden by the test's own synchronisation.
 */
public final class Ledger {

    /** How long a {@link Blocker} handler waits to be released before giving up. */
    static final Duration BLOCK_LIMIT = Duration.ofSeconds(10);

    /** A message whose handler throws, so that a {@code tell} of it kills the actor. */
    public static final String BOOM = "boom";

    private final Map<Object, AtomicInteger> handled = new ConcurrentHashMap<>();
    private final AtomicInteger stops = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final CountDownLatch firstFailure = new CountDownLatch(1);

    /**
     * A message whose handler signals {@code entered} and then waits for {@code release}:
     * it holds the actor busy so that its mailbox can be filled.
     *
     * @param entered counted down once the handler runs
     * @param release awaited by the handler, at most {@link #BLOCK_LIMIT}
     */
    public record Blocker(CountDownLatch entered, CountDownLatch release) {

        /** @return a blocker with fresh latches */
        public static Blocker create() {
            return new Blocker(new CountDownLatch(1), new CountDownLatch(1));
        }
    }

    /**
     * Handles one message in the actor's thread.
     *
     * @param message the message
     * @return the message itself, as the reply
     */
    Object receive(Object message) throws InterruptedException {
        handled.computeIfAbsent(message, m -> new AtomicInteger()).incrementAndGet();
        if (message instanceof Blocker blocker) {
            blocker.entered().countDown();
            blocker.release().await(BLOCK_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } else if (BOOM.equals(message)) {
            throw new IllegalStateException("boom: failure injected by the test");
        }
        return message;
    }

    void stopped() {
        stops.incrementAndGet();
    }

    void failed() {
        failures.incrementAndGet();
        firstFailure.countDown();
    }

    /**
     * @param message a message the test sent
     * @return how many times the actor handled it
     */
    public int handled(Object message) {
        AtomicInteger count = handled.get(message);
        return count == null ? 0 : count.get();
    }

    /** @return how many times {@code onStop} ran */
    public int stops() {
        return stops.get();
    }

    /**
     * Waits (at most {@code patience}) for {@code onFailure} to run once, since nothing else
     * orders it before the arbiter: a dead actor's futures may fail before it runs.
     *
     * @param patience how long to wait
     * @return how many times {@code onFailure} ran
     */
    public int failuresAfterFirst(Duration patience) throws InterruptedException {
        firstFailure.await(patience.toMillis(), TimeUnit.MILLISECONDS);
        return failures.get();
    }
}
