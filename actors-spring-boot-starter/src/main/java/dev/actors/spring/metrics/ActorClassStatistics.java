package dev.actors.spring.metrics;

import java.util.HashSet;
import java.util.Set;

import dev.actors.ActorRef;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * The meters of one actor class: live actors, their waiting messages, and monotonic
 * processed and failed counts (live actors' counts plus those retired from stopped ones).
 *
 * <p>All state is guarded by {@code this}: retiring an actor (remove from the live set, add
 * its final counts to the retired totals) is atomic with respect to a scrape, so the
 * counters never dip or overshoot while an actor stops. Scrapes and starts and stops are
 * rare next to messages; the message path itself is never touched.
 */
final class ActorClassStatistics {

    private final Tags tags;

    private final Set<ActorRef<?>> live = new HashSet<>();

    private long retiredProcessed;

    private long retiredFailed;

    ActorClassStatistics(Class<?> actorClass) {
        this.tags = Tags.of("actor.class", actorClass.getName());
    }

    void register(MeterRegistry registry) {
        Gauge.builder("actors.active", this, ActorClassStatistics::active)
                .tags(tags).description("Live actors").baseUnit("actors").register(registry);
        Gauge.builder("actors.mailbox.size", this, ActorClassStatistics::mailboxSize)
                .tags(tags).description("Messages waiting in the mailboxes of live actors")
                .baseUnit("messages").register(registry);
        FunctionCounter.builder("actors.messages.processed", this, ActorClassStatistics::processed)
                .tags(tags).description("Messages handled, whether or not the handling threw")
                .baseUnit("messages").register(registry);
        FunctionCounter.builder("actors.messages.failed", this, ActorClassStatistics::failed)
                .tags(tags).description("Messages whose handling threw").baseUnit("messages").register(registry);
    }

    synchronized void track(ActorRef<?> ref) {
        live.add(ref);
    }

    synchronized void retire(ActorRef<?> ref) {
        if (live.remove(ref)) {
            retiredProcessed += ref.processedCount();
            retiredFailed += ref.failedCount();
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

    private synchronized double failed() {
        return retiredFailed + live.stream().mapToLong(ActorRef::failedCount).sum();
    }
}
