package dev.actors;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * One started timer and the message it puts in its actor's mailbox, the same object for every
 * tick: the loop asks {@link Timers#accept} whether this is still the timer under its key before
 * handling {@link #message}, so that a cancelled, replaced or ended timer's message is skipped
 * even when it was already queued (the identity of this object is the timer's generation).
 *
 * <p>Threads: {@link #fire()} runs on the registry's scheduler thread and only enqueues;
 * {@link #taken()}, {@link #scheduledAs} and {@link #end()} run on the actor's thread. The only
 * state they share is {@link #queued} (an atomic flag) and {@link #future} (volatile).
 */
final class TimerMessage {

    private static final Logger log = LoggerFactory.getLogger(Timers.class);

    final Object key;
    final Object message;
    /** Periodic (stays active after a delivery) or single (ends when its message is accepted). */
    final boolean repeats;
    private final Actor recipient;
    /** What the registry's {@link MessageHook} captured when the timer was started; restored at every delivery. */
    private final Object context;
    /**
     * True from the scheduler's enqueue until the actor takes the message: at most one of this
     * timer's messages waits in the mailbox, so that a slow actor's mailbox stays bounded (timers
     * bypass a bounded mailbox's capacity). A tick that finds it set is skipped.
     */
    private final AtomicBoolean queued = new AtomicBoolean();
    /** Written once by the actor's thread right after scheduling; the scheduler's first run may see {@code null}. */
    private volatile ScheduledFuture<?> future;

    TimerMessage(Object key, Object message, boolean repeats, Actor recipient, Object context) {
        this.key = key;
        this.message = message;
        this.repeats = repeats;
        this.recipient = recipient;
        this.context = context;
    }

    /**
     * A tick, on the scheduler's thread: queues the message unless the previous one still waits.
     * Never throws, so that a periodic timer keeps its schedule.
     */
    void fire() {
        if (!queued.compareAndSet(false, true)) {
            return; // the previous tick's message is still queued: at most one waits
        }
        boolean delivered;
        try {
            delivered = recipient.deliverTimer(this, context);
        } catch (RuntimeException | Error cannotQueue) {
            // Nothing was queued as far as we know: let the next tick try again rather than
            // leave the timer stuck (a duplicate would be skipped or handled like any tick).
            queued.set(false);
            SafeLog.log(log, Level.ERROR, "A timer of {} could not queue its message", recipient.label(), cannotQueue);
            return;
        }
        if (!delivered) {
            ScheduledFuture<?> scheduled = future; // the actor stopped: its timers end anyway, end this one now
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
    }

    /** The actor's thread took the message (before handling it): the next tick may queue again. */
    void taken() {
        queued.set(false);
    }

    void scheduledAs(ScheduledFuture<?> scheduled) {
        future = scheduled;
    }

    /** Cancels the scheduler's task (actor's thread). A message already queued is skipped by {@link Timers#accept}. */
    void end() {
        ScheduledFuture<?> scheduled = future;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    @Override
    public String toString() {
        return "TimerMessage(" + message + ")";
    }
}
