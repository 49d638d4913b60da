package dev.actors.benchmarks;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What the timer scenario's actors record: each actor has a fixed-rate timer of one period and
 * a {@link Schedule} that knows when each of its ticks was due; on every tick it records the
 * lateness (handled at minus due at) and the jitter (how far the time since its previous tick
 * is from one period, either way: blind to a steady delay, but not to where the timer's start was
 * taken) in shared HdrHistogram {@link Recorder}s (wait-free for the actors; the harness takes
 * interval histograms from them). Every runtime's actors use it the same way, so the figures
 * compare like with like.
 *
 * <p>The actors' first ticks are spread evenly over one period (actor {@code i} of {@code n}
 * starts after {@code period + i * period / n}), as the timers of actors started at different
 * times would be, rather than all firing in the same instant.
 */
public final class TickLog {

    /** The message every timer delivers. */
    public static final Object TICK = new Object() {
        @Override
        public String toString() {
            return "tick";
        }
    };
    /** The key every actor starts its one timer with. */
    public static final Object TIMER_KEY = "ticker";

    private final int actors;
    private final Duration period;
    private final Recorder lateness = new Recorder(2);
    private final Recorder jitter = new Recorder(2);
    private final LongAdder early = new LongAdder();
    private final CountDownLatch firstTicks;

    /** A log for {@code actors} actors, each with a timer of {@code period}. */
    public TickLog(int actors, Duration period) {
        if (actors < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("TickLog needs at least 1 actor and a positive period, got " + actors
                    + " actors and " + period);
        }
        this.actors = actors;
        this.period = period;
        this.firstTicks = new CountDownLatch(actors);
    }

    /** How many actors tick. */
    public int actors() {
        return actors;
    }

    /** The timers' period. */
    public Duration period() {
        return period;
    }

    /** The schedule of actor {@code index} (0 to {@code actors() - 1}); one per actor, used from its thread only. */
    public Schedule schedule(int index) {
        return new Schedule(period.plus(period.multipliedBy(index).dividedBy(actors)));
    }

    /**
     * Waits until every actor has handled its first tick, at most {@code timeout}.
     *
     * @return whether every actor has
     */
    public boolean awaitFirstTicks(Duration timeout) throws InterruptedException {
        return firstTicks.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How many actors have handled a tick so far. */
    public int actorsTicking() {
        return actors - (int) firstTicks.getCount();
    }

    /** The lateness of the ticks handled since the previous call, in nanoseconds (the first call: since the start). */
    public Histogram latenessSinceLastCall() {
        return lateness.getIntervalHistogram();
    }

    /** The jitter of the ticks handled since the previous call (every actor's first tick has none), in nanoseconds. */
    public Histogram jitterSinceLastCall() {
        return jitter.getIntervalHistogram();
    }

    /** Ticks handled before they were due (recorded as 0 lateness), since the start. */
    public long earlyTicks() {
        return early.sum();
    }

    /**
     * When one actor's ticks are due: its timer starts {@link #initialDelay()} after
     * {@link #started()}, then every period. Plain fields: only the actor's own handlers touch
     * them, one at a time, and each runtime orders an actor's handlers (a message is handled
     * after the previous one, with a happens-before edge between them, whichever thread runs it).
     */
    public final class Schedule {
        private final Duration initialDelay;
        private final long periodNanos = period.toNanos();
        private long firstDueNanos;
        private long handled;
        private long previousTickNanos;

        private Schedule(Duration initialDelay) {
            this.initialDelay = initialDelay;
        }

        /** The timer's initial delay. */
        public Duration initialDelay() {
            return initialDelay;
        }

        /** The timer's period. */
        public Duration period() {
            return period;
        }

        /** Call just before starting the timer: its ticks are due from now on. */
        public void started() {
            firstDueNanos = System.nanoTime() + initialDelay.toNanos();
        }

        /**
         * Call on each tick: records how late it is against its due time (tick {@code n} is due
         * {@code n} periods after the first; a timer that skipped ticks shows as ever later).
         */
        public void tick() {
            long now = System.nanoTime();
            long late = now - (firstDueNanos + handled * periodNanos);
            if (late < 0) {
                early.increment();
                late = 0;
            }
            lateness.recordValue(late);
            if (handled++ == 0) {
                firstTicks.countDown();
            } else {
                jitter.recordValue(Math.abs(now - previousTickNanos - periodNanos));
            }
            previousTickNanos = now;
        }
    }
}
