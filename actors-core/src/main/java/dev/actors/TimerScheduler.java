package dev.actors;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The one scheduler of an {@link ActorRegistry}: drives its actors' {@link Timers}, restart
 * backoffs that need no thread, entity passivation and the dead-letter log's summaries. Daemon
 * platform threads, created on first use and ended when idle for a while, so that a registry
 * that is dropped (a test's) leaves no thread behind. It never runs user code: a task only
 * enqueues a message (or checks a clock), so one thread keeps up with many timers.
 * Pekko: the {@code ActorSystem}'s {@code Scheduler}.
 */
final class TimerScheduler {

    private static final long IDLE_THREAD_KEEP_ALIVE_SECONDS = 10;
    private static final ThreadFactory THREADS = Thread.ofPlatform().daemon().name("actors-scheduler-", 0).factory();

    private final ScheduledThreadPoolExecutor executor;

    TimerScheduler() {
        executor = new ScheduledThreadPoolExecutor(1, THREADS);
        executor.setRemoveOnCancelPolicy(true); // a cancelled timer leaves no entry behind
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setKeepAliveTime(IDLE_THREAD_KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
        executor.allowCoreThreadTimeOut(true);
    }

    ScheduledFuture<?> schedule(Runnable task, long delayNanos) {
        return executor.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
    }

    ScheduledFuture<?> scheduleAtFixedRate(Runnable task, long initialDelayNanos, long periodNanos) {
        return executor.scheduleAtFixedRate(task, initialDelayNanos, periodNanos, TimeUnit.NANOSECONDS);
    }

    ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, long initialDelayNanos, long delayNanos) {
        return executor.scheduleWithFixedDelay(task, initialDelayNanos, delayNanos, TimeUnit.NANOSECONDS);
    }
}
