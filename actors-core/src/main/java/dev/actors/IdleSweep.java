package dev.actors;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Passivates the idle entities of one {@link LocalEntities}: a task on the registry's one
 * {@link TimerScheduler} (no thread per entity) that visits every slot each period, a quarter of
 * the idle timeout (at least 1 ms), and passivates a live entity once it has been quiet at every
 * visit for the idle timeout (see {@link EntitySlot#sweep}): so between the idle timeout and
 * about 1.5 times it after its last message. It runs only while the entities have slots: it
 * reschedules itself after each visit while there are any, and the first incarnation built
 * after it stopped schedules it again, so dropped entities leave no task behind. It runs no user
 * code: a passivation only queues a stop. Pekko: the shard's {@code idle-timeout} check.
 */
final class IdleSweep {

    private static final long MIN_PERIOD_NANOS = Duration.ofMillis(1).toNanos();

    private final Supplier<TimerScheduler> scheduler;
    private final Collection<? extends EntitySlot<?>> slots;
    private final long idleNanos;
    private final long periodNanos;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /**
     * @param scheduler the registry's scheduler (created on first use)
     * @param slots a live view of the entities' slots
     * @param idleTimeout positive
     */
    IdleSweep(Supplier<TimerScheduler> scheduler, Collection<? extends EntitySlot<?>> slots, Duration idleTimeout) {
        this.scheduler = scheduler;
        this.slots = slots;
        this.idleNanos = Timeouts.saturatedNanos(idleTimeout);
        this.periodNanos = Math.max(MIN_PERIOD_NANOS, idleNanos / 4);
    }

    /** Called once a slot is in the map (an incarnation was built): makes sure a visit is coming. */
    void ensureScheduled() {
        if (!scheduled.get() && scheduled.compareAndSet(false, true)) {
            scheduler.get().schedule(this::visit, periodNanos);
        }
    }

    private void visit() {
        try {
            long now = System.nanoTime();
            for (EntitySlot<?> slot : slots) {
                slot.sweep(now, idleNanos);
            }
        } finally {
            reschedule();
        }
    }

    /**
     * Memory order: {@code scheduled} is cleared before the slots are read again, the mirror of
     * {@link #ensureScheduled} (a slot put in the map, then {@code scheduled} read): one of the two
     * sees the other, so a slot never waits without a visit to come.
     */
    private void reschedule() {
        if (!slots.isEmpty()) {
            scheduler.get().schedule(this::visit, periodNanos);
            return;
        }
        scheduled.set(false);
        if (!slots.isEmpty() && scheduled.compareAndSet(false, true)) {
            scheduler.get().schedule(this::visit, periodNanos);
        }
    }
}
