package dev.actors.spring.metrics;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import dev.actors.ActorRef;
import dev.actors.DeadLetter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * The meters of one actor class: live actors, their waiting messages, and monotonic
 * processed and failed counts (live actors' counts plus those retired from stopped ones),
 * the failures split by {@code outcome}; and the restarts and dead letters counted as their
 * events come.
 *
 * <p>The live set and the retired totals are guarded by {@code this}: retiring an actor
 * (remove from the live set, add its final counts to the retired totals) is atomic with
 * respect to a scrape, so the counters never dip or overshoot while an actor stops. Scrapes
 * and starts and stops are rare next to messages; the message path itself is never touched.
 *
 * <p>The meters carry no base unit: Prometheus appends a meter's base unit to its name,
 * and {@code actors.mailbox.size} would become {@code actors_mailbox_size_messages}.
 */
final class ActorClassStatistics {

    private final Tags tags;

    private final Set<ActorRef<?>> live = new HashSet<>();

    private long retiredProcessed;

    private long retiredStopping;

    private long retiredFailed;

    /** The highest {@code outcome=returned} value reported so far (see {@link #returnedFailures}). */
    private long reportedReturned;

    /** Counted as the events come, without the lock: a sender's dead letter must not wait for a scrape. */
    private final LongAdder restarts = new LongAdder();

    private final Map<DeadLetter.Reason, LongAdder> deadLetters = new EnumMap<>(DeadLetter.Reason.class);

    ActorClassStatistics(Class<?> actorClass) {
        this.tags = Tags.of("actor.class", actorClass.getName());
        for (DeadLetter.Reason reason : DeadLetter.Reason.values()) {
            deadLetters.put(reason, new LongAdder());
        }
    }

    void register(MeterRegistry registry) {
        Gauge.builder("actors.active", this, ActorClassStatistics::active)
                .tags(tags).description("Live actors").register(registry);
        Gauge.builder("actors.mailbox.size", this, ActorClassStatistics::mailboxSize)
                .tags(tags).description("Messages waiting in the mailboxes of live actors").register(registry);
        FunctionCounter.builder("actors.messages.processed", this, ActorClassStatistics::processed)
                .tags(tags).description("Messages handled, whether or not the handling threw").register(registry);
        FunctionCounter.builder("actors.messages.failed", this, ActorClassStatistics::returnedFailures)
                .tags(tags).tag("outcome", "returned")
                .description("Messages whose handling threw and the actor lived on: the exception went to the asker "
                        + "(ask, proxy call, interface-proxy call) or was logged (void interface-proxy call)")
                .register(registry);
        FunctionCounter.builder("actors.messages.failed", this, ActorClassStatistics::stoppingFailures)
                .tags(tags).tag("outcome", "stopped")
                .description("Messages whose handling threw and stopped the actor (a failing tell)")
                .register(registry);
        FunctionCounter.builder("actors.restarts", restarts, LongAdder::sum)
                .tags(tags).description("Restarts of the actors by their restart policy, after a failure")
                .register(registry);
        deadLetters.forEach((reason, count) -> FunctionCounter.builder("actors.dead.letters", count, LongAdder::sum)
                .tags(tags).tag("reason", reason.name().toLowerCase(Locale.ROOT))
                .description("Messages no actor handled: refused (sent after the actor stopped), dropped (still "
                        + "queued when it stopped) or failed (a told message whose handler threw)")
                .register(registry));
    }

    void restarted() {
        restarts.increment();
    }

    void deadLetter(DeadLetter.Reason reason) {
        deadLetters.get(reason).increment();
    }

    synchronized void track(ActorRef<?> ref) {
        live.add(ref);
    }

    synchronized void retire(ActorRef<?> ref) {
        if (live.remove(ref)) {
            retiredStopping += stoppingFailure(ref);
            retiredFailed += ref.failedCount();
            retiredProcessed += ref.processedCount();
        }
    }

    private synchronized double active() {
        return live.size();
    }

    private synchronized double mailboxSize() {
        return live.stream().mapToLong(ActorRef::mailboxSize).sum();
    }

    private synchronized double processed() {
        return retiredProcessed + live.stream().mapToLong(ActorRef::processedCount).sum();
    }

    private synchronized double stoppingFailures() {
        return retiredStopping + live.stream().mapToLong(ActorClassStatistics::stoppingFailure).sum();
    }

    /**
     * Handler failures minus those that stopped an actor. An actor counts a failure before it
     * records the failure as the one it died of, so for a moment a failure about to stop it
     * reads as returned: reporting the highest value seen keeps the counter from dipping when
     * that failure moves to {@code outcome=stopped} (the excess of one is absorbed by the next
     * returned failure of the class).
     */
    private synchronized double returnedFailures() {
        long failed = 0;
        long stopping = retiredStopping;
        for (ActorRef<?> ref : live) {
            stopping += stoppingFailure(ref); // reads failure() first: see stoppingFailure
            failed += ref.failedCount();
        }
        reportedReturned = Math.max(reportedReturned, retiredFailed + failed - stopping);
        return reportedReturned;
    }

    /**
     * 1 if the actor died of a handler's failure, else 0. An actor that died of a failure
     * with no failed message failed in {@code onStart}, which handled no message. The failure
     * is read before the count: the actor counts a failure before it records it as fatal
     * (a volatile write), so seeing the failure guarantees seeing the count that includes it.
     */
    private static long stoppingFailure(ActorRef<?> ref) {
        return ref.failure().isPresent() && ref.failedCount() > 0 ? 1 : 0;
    }
}
