package dev.actors;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The WARN log of a registry's {@code REFUSED} and {@code DROPPED} dead letters (logger
 * {@code dev.actors.DeadLetter}): at most {@value #LIMIT} per actor class per minute, then, when
 * that minute ends, one line with the count not logged (Pekko's {@code log-dead-letters}).
 * {@code FAILED} ones are not logged here: their ERROR already was. Listeners see every one.
 *
 * <p>Each actor class has a window: it opens with the class's first dead letter and lasts a
 * minute. A window that went over the limit is closed by a task on the registry's scheduler at
 * its end, which logs the summary (or, should that task never run, by the class's first dead
 * letter a whole window later); one that did not is closed by the class's next dead letter
 * after its end. Cheap on any thread (a map read, a compare-and-set) and never throws.
 */
final class DeadLetterLog {

    /** Dead letters logged per actor class per window. */
    static final int LIMIT = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(DeadLetter.class);

    private final Supplier<TimerScheduler> scheduler;
    private final long windowNanos;
    private final LongSupplier clock;
    private final ConcurrentHashMap<Class<?>, Window> windows = new ConcurrentHashMap<>();

    DeadLetterLog(Supplier<TimerScheduler> scheduler) {
        this(scheduler, WINDOW, System::nanoTime);
    }

    /** For tests: another window and clock ({@link System#nanoTime()} in production). */
    DeadLetterLog(Supplier<TimerScheduler> scheduler, Duration window, LongSupplier clock) {
        this.scheduler = scheduler;
        this.windowNanos = window.toNanos();
        this.clock = clock;
    }

    void log(DeadLetter deadLetter) {
        if (deadLetter.reason() == DeadLetter.Reason.FAILED) {
            return;
        }
        try {
            Actor recipient = deadLetter.recipient().actor();
            Class<?> type = recipient.getClass();
            long now = clock.getAsLong();
            for (;;) {
                Window window = windows.get(type);
                if (window == null) { // the lambda is only allocated when a window opens
                    window = windows.computeIfAbsent(type, unused -> new Window(type, now));
                }
                int rank = window.count(now);
                if (rank == Window.CLOSED) {
                    windows.remove(type, window); // a thread closed it a moment ago: open the next one
                    continue;
                }
                if (rank <= LIMIT) {
                    SafeLog.log(log, Level.WARN, rank < LIMIT ? "Dead letter ({}) for {}: {}"
                            : "Dead letter ({}) for {}: {} (the last one logged for this actor class this minute; "
                                    + "later ones are counted: listen with ActorRegistry.addDeadLetterListener to see every one)",
                            deadLetter.reason(), recipient.label(), deadLetter.message());
                } else if (rank == LIMIT + 1) {
                    scheduleClose(window);
                }
                return;
            }
        } catch (RuntimeException | Error cannotLog) {
            // A dead letter must never keep an actor from finishing its drain or a sender from
            // getting its ActorDeadException; the listeners have it anyway.
        }
    }

    private void scheduleClose(Window window) {
        scheduler.get().schedule(() -> close(window), Math.max(0L, window.endNanos - clock.getAsLong()));
    }

    /** On the scheduler's thread, at the end of a window that went over the limit. */
    private void close(Window window) {
        try {
            if (clock.getAsLong() - window.endNanos < 0) { // the clock is behind the scheduler's (a test's clock)
                scheduleClose(window);
                return;
            }
            int seen = window.close();
            windows.remove(window.type, window);
            if (seen != Window.CLOSED) { // else the class's next dead letter closed it, long overdue (see Window.count)
                summarize(window.type, seen);
            }
        } catch (RuntimeException | Error cannotLog) {
            // Nothing more to do: the scheduler goes on with the other tasks.
        }
    }

    /** The line for a closed window that saw {@code seen} dead letters, more than {@link #LIMIT}. */
    private void summarize(Class<?> type, int seen) {
        int notLogged = seen - LIMIT;
        SafeLog.log(log, Level.WARN, "{} more {} for actors of class {} {} not logged in the last {} (at most {} per "
                + "actor class are); listen with ActorRegistry.addDeadLetterListener to see every one", notLogged,
                notLogged == 1 ? "dead letter" : "dead letters", type.getName(), notLogged == 1 ? "was" : "were",
                describe(windowNanos), LIMIT);
    }

    private static String describe(long nanos) {
        Duration length = Duration.ofNanos(nanos);
        return length.equals(WINDOW) ? "minute" : length.toMillis() + " ms";
    }

    /**
     * One actor class's count in one window. {@link #count} is the number of dead letters seen so
     * far, or {@link #CLOSED} once the window has ended: a compare-and-set on it decides, for
     * each dead letter, both its rank and whether the window was still open, so that the summary
     * counts exactly the ones that were not logged.
     */
    private final class Window {

        static final int CLOSED = -1;

        final Class<?> type;
        final long endNanos;
        private final AtomicInteger count = new AtomicInteger();

        Window(Class<?> type, long startNanos) {
            this.type = type;
            this.endNanos = startNanos + windowNanos;
        }

        /** This dead letter's rank in the window (1 for the first), or {@link #CLOSED}. */
        int count(long now) {
            for (;;) {
                int seen = count.get();
                if (seen == CLOSED) {
                    return CLOSED;
                }
                long overdue = now - endNanos;
                if (overdue >= 0 && (seen <= LIMIT || overdue >= windowNanos)) {
                    // Ended and nothing suppressed, so no close task is coming: close it here. Or ended a
                    // whole window ago and its close task never ran (it could not be scheduled): close it
                    // and log its summary here, rather than count this class's dead letters for ever.
                    if (count.compareAndSet(seen, CLOSED)) {
                        if (seen > LIMIT) {
                            summarize(type, seen);
                        }
                        return CLOSED;
                    }
                    continue;
                }
                int rank = seen == Integer.MAX_VALUE ? seen : seen + 1;
                if (count.compareAndSet(seen, rank)) {
                    return rank;
                }
            }
        }

        /** Closes the window; the number of dead letters it saw. */
        int close() {
            return count.getAndSet(CLOSED);
        }
    }
}
