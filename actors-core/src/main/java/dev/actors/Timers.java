package dev.actors;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.function.BiFunction;

/**
 * An actor's timers: messages it sends itself later, once or periodically, through its own
 * mailbox and in order with everything else. Get them with {@link Actor#timers()}, from the
 * actor's own thread only. Pekko: {@code TimerScheduler} (the {@code Timers} trait); Pykka: none
 * (its issue #53).
 *
 * <pre>{@code
 * class Poller extends VirtualThreadActor {
 *     protected void onStart() {
 *         timers().startAtFixedRate("poll", Poll.NOW, Duration.ZERO, Duration.ofSeconds(5));
 *     }
 *     protected Object onReceive(Object message) {
 *         return message == Poll.NOW ? poll() : super.onReceive(message);
 *     }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>A timer has a key (compared with {@code equals}): starting one with a key in use replaces
 *       that timer. Once {@link #cancel(Object)}, {@link #cancelAll()} or the replacing start
 *       returns, the old timer's message is never handled, even if it was already queued
 *       (Pekko's guarantee).</li>
 *   <li>Its message is handled as a {@code tell}: a failure follows the actor's failure rules
 *       (stop, or restart under its {@link RestartPolicy}). A registry's {@link MessageHook}
 *       captures the context once, when the timer is started (on the actor's thread, kind
 *       {@link MessageHook.Kind#TELL}), and restores it around every delivery.</li>
 *   <li>At most one message of a timer waits in the mailbox: a periodic tick that finds the
 *       previous one still queued is skipped, as Spring's scheduled tasks let at most one late run
 *       wait. So a slow actor's mailbox stays bounded; timer messages never wait for room in a
 *       bounded mailbox, and do not count against its capacity.</li>
 *   <li>All timers end when the actor stops or restarts: their messages still queued are skipped
 *       (not dead letters), and a new instance starts its own timers afresh (as in Pekko). A timer
 *       started once the actor has stopped (from {@code onStop()} or a final {@code onFailure})
 *       never fires.</li>
 *   <li>One scheduler per registry drives them, on daemon threads: no thread per timer or per
 *       actor. Huge durations saturate (a timer due in 300 years is simply never due).</li>
 * </ul>
 */
public final class Timers {

    private final Actor home;
    /** The timer under each key. Actor's thread only (start, cancel and accept all run there): no lock. */
    private final Map<Object, TimerMessage> active = new HashMap<>();

    Timers(Actor home) {
        this.home = home;
    }

    /**
     * Tells {@code message} to this actor once, after {@code delay}. The timer is active until its
     * message is handled. Pekko: {@code startSingleTimer(key, msg, delay)}.
     *
     * @param key the timer's key (replaces a timer with an equal key)
     * @param message the message
     * @param delay the delay, zero or more
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code delay} is negative
     * @throws IllegalStateException if not called from the actor's own thread
     */
    public void startSingle(Object key, Object message, Duration delay) {
        String method = "startSingle";
        checkCaller(method, key, message);
        long delayNanos = nanos(method, "delay", delay, false);
        start(key, message, false, (scheduler, tick) -> scheduler.schedule(tick, delayNanos));
    }

    /**
     * Tells {@code message} to this actor after {@code initialDelay}, then every {@code period}
     * (measured from the first, so a late tick is followed by the next on time; a tick whose
     * previous message is still queued is skipped). Pekko: {@code startTimerAtFixedRate(key, msg,
     * initialDelay, interval)}.
     *
     * @param key the timer's key (replaces a timer with an equal key)
     * @param message the message
     * @param initialDelay the first delay, zero or more
     * @param period the period, positive
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code initialDelay} is negative or {@code period} is not positive
     * @throws IllegalStateException if not called from the actor's own thread
     */
    public void startAtFixedRate(Object key, Object message, Duration initialDelay, Duration period) {
        String method = "startAtFixedRate";
        checkCaller(method, key, message);
        long initialNanos = nanos(method, "initialDelay", initialDelay, false);
        long periodNanos = nanos(method, "period", period, true);
        start(key, message, true, (scheduler, tick) -> scheduler.scheduleAtFixedRate(tick, initialNanos, periodNanos));
    }

    /**
     * Tells {@code message} to this actor after {@code initialDelay}, then {@code delay} after each
     * time it was sent (or skipped because the previous message was still queued). Pekko:
     * {@code startTimerWithFixedDelay(key, msg, initialDelay, delay)}.
     *
     * @param key the timer's key (replaces a timer with an equal key)
     * @param message the message
     * @param initialDelay the first delay, zero or more
     * @param delay the delay between sends, positive
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code initialDelay} is negative or {@code delay} is not positive
     * @throws IllegalStateException if not called from the actor's own thread
     */
    public void startWithFixedDelay(Object key, Object message, Duration initialDelay, Duration delay) {
        String method = "startWithFixedDelay";
        checkCaller(method, key, message);
        long initialNanos = nanos(method, "initialDelay", initialDelay, false);
        long delayNanos = nanos(method, "delay", delay, true);
        start(key, message, true, (scheduler, tick) -> scheduler.scheduleWithFixedDelay(tick, initialNanos, delayNanos));
    }

    /**
     * Cancels the timer with this key, if any: once this returns its message is never handled,
     * even if already queued. Pekko: {@code cancel(key)}.
     *
     * @param key the key
     * @throws NullPointerException if {@code key} is {@code null}
     * @throws IllegalStateException if not called from the actor's own thread
     */
    public void cancel(Object key) {
        checkCaller("cancel", key, "");
        TimerMessage timer = active.remove(key);
        if (timer != null) {
            timer.end();
        }
    }

    /**
     * Cancels every timer of this actor, as {@link #cancel(Object)} for each. Pekko: {@code cancelAll()}.
     *
     * @throws IllegalStateException if not called from the actor's own thread
     */
    public void cancelAll() {
        checkCaller("cancelAll", "", "");
        endAll();
    }

    /**
     * Whether a timer with this key is active: started and neither cancelled, replaced, ended nor
     * (for a single timer) handled. Pekko: {@code isTimerActive(key)}.
     *
     * @param key the key
     * @return whether it is active
     * @throws NullPointerException if {@code key} is {@code null}
     * @throws IllegalStateException if not called from the actor's own thread
     */
    public boolean isActive(Object key) {
        checkCaller("isActive", key, "");
        return active.containsKey(key);
    }

    /**
     * The loop's check, on the actor's thread, for a timer message it took: the message to handle,
     * or {@code null} when its timer was cancelled, replaced or ended meanwhile (then it is
     * skipped: not handled and not a dead letter). A single timer ends here.
     */
    Object accept(TimerMessage timerMessage) {
        timerMessage.taken();
        if (active.get(timerMessage.key) != timerMessage) {
            return null;
        }
        if (!timerMessage.repeats) {
            active.remove(timerMessage.key);
        }
        return timerMessage.message;
    }

    /** Ends every timer: the actor stops or restarts (called by the loop on the actor's thread). */
    void endAll() {
        for (TimerMessage timer : active.values()) {
            timer.end();
        }
        active.clear();
    }

    private void start(Object key, Object message, boolean repeats,
            BiFunction<TimerScheduler, Runnable, ScheduledFuture<?>> schedule) {
        TimerMessage replaced = active.remove(key);
        if (replaced != null) {
            replaced.end();
        }
        if (home.isStopped()) {
            return; // from onStop() or a final onFailure(): the mailbox is closed, the timer could never deliver
        }
        ActorRegistry registry = home.registry();
        MessageHook hook = registry.messageHook();
        Object context = hook == null ? null : MessageHooks.captureForTimer(hook, home);
        TimerMessage timer = new TimerMessage(key, message, repeats, home, context);
        // Put before the first tick can be taken: accept runs on this thread, after the current handler.
        timer.scheduledAs(schedule.apply(registry.timerScheduler(), timer::fire));
        active.put(key, timer);
    }

    private void checkCaller(String method, Object key, Object message) {
        if (!home.isHandledByCurrentThread()) {
            throw new IllegalStateException(home.label() + ": Timers." + method + " was called from thread "
                    + Thread.currentThread().getName() + ", not the actor's own: use its timers only from onStart() "
                    + "or a message handler (send the actor a message to have it start or cancel one)");
        }
        if (key == null) {
            throw new NullPointerException(home.label() + ": the key of Timers." + method
                    + " must not be null: use any object with equals and hashCode (a string, an enum)");
        }
        if (message == null) {
            throw new NullPointerException(home.label() + ": the message of Timers." + method
                    + " must not be null: send an object (a record or enum is typical)");
        }
    }

    private long nanos(String method, String what, Duration duration, boolean positive) {
        if (duration == null) {
            throw new NullPointerException(home.label() + ": the " + what + " of Timers." + method + " must not be null: pass "
                    + (positive ? "a positive Duration" : "a Duration, Duration.ZERO for at once"));
        }
        if (duration.isNegative() || (positive && duration.isZero())) {
            throw new IllegalArgumentException(home.label() + ": the " + what + " of Timers." + method + " must be "
                    + (positive ? "positive" : "zero or more") + ", got " + duration);
        }
        return Timeouts.saturatedNanos(duration);
    }
}
