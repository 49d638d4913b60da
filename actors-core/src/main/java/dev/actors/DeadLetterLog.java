package dev.actors;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The WARN log of a registry's {@code REFUSED} and {@code DROPPED} dead letters: at most 10 per
 * actor class per minute, then one line with the count suppressed (Pekko's {@code log-dead-letters}).
 *
 * <p>SKELETON: logs every one; the rate limit is implemented by the timers branch.
 */
final class DeadLetterLog {

    private static final Logger log = LoggerFactory.getLogger(DeadLetter.class);

    DeadLetterLog(Supplier<TimerScheduler> scheduler) {
    }

    void log(DeadLetter deadLetter) {
        if (deadLetter.reason() == DeadLetter.Reason.FAILED) {
            return;
        }
        SafeLog.log(log, Level.WARN, "Dead letter ({}) for {}: {}", deadLetter.reason(), deadLetter.recipient().actor().label(),
                deadLetter.message());
    }
}
