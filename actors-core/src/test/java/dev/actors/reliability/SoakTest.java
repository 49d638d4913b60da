package dev.actors.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.actors.ActorFuture;
import dev.actors.ActorRegistry;
import dev.actors.ActorTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * Soak test (issue 6): many {@code ThreadingActor}s and {@code VirtualThreadActor}s, some with
 * bounded mailboxes, under concurrent senders, while a chaos thread stops actors, starts new
 * ones and injects failures in handlers and hooks (exceptions, real
 * {@code StackOverflowError}s, an {@code InternalError} that stops its whole registry,
 * interrupts); a third of the actors have a restart policy, so injected tell failures restart
 * them instead of ending them. At the end: every future handed out is done, every
 * message told before a stop was handled exactly once, every other one handled once or a dead
 * letter with a reason, no actor thread is alive after
 * {@code stopAll}, and the figures are printed. Bounded by {@link #RUN_TIME} and
 * {@link #MAX_SENDS}; the seed is printed, and {@code -Dsoak.seed=N} replays a run's choices
 * (the thread interleaving is not replayable).
 */
class SoakTest {

    private static final Duration RUN_TIME = Duration.ofSeconds(20);
    private static final long MAX_SENDS = 500_000;
    private static final long MAX_CHAOS_ACTIONS = 5_000;
    /** Chaos pace: one action per millisecond at most, so senders get most of the CPU. */
    private static final long CHAOS_PACE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final int SENDERS = 3;
    private static final int CELLS = 6;
    private static final int SLOTS_PER_CELL = 4;
    private static final Duration SETTLE = Duration.ofSeconds(15);

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void noLostMessagesNoHungFuturesNoThreadLeftAfterStopAll() throws Exception {
        long seed = Long.getLong("soak.seed", System.nanoTime());
        Logger actorsLogger = (Logger) LoggerFactory.getLogger("dev.actors");
        LevelCountingAppender logEvents = quietCounting(actorsLogger);
        long began = System.nanoTime();
        try {
            SoakWorld world = new SoakWorld(CELLS, SLOTS_PER_CELL, new Random(seed));
            run(world, seed);
            stopEverything(world);
            awaitEveryFutureDone(world);
            assertNoActorThreadAlive(world);
            SoakVerdict verdict = new SoakVerdict(world);
            verdict.check();

            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
            System.out.println("Soak seed " + seed + "\n" + world.figures.report(millis, logEvents.snapshot()));
            assertThat(world.violations).as("reliability violations (seed %d)", seed).isEmpty();
            assertThat(world.figures.injected()).isPositive();
            assertThat(world.figures.restarts.sum()).as("actors restarted by their policy").isPositive();
            assertThat(logEvents.count(Level.ERROR))
                    .as("one ERROR event per failing onStart at least")
                    .isGreaterThanOrEqualTo(world.figures.injectedOf(Fault.ON_START_EXCEPTION));
            assertThat(logEvents.count(Level.DEBUG))
                    .as("one DEBUG event per ask that failed with an injected exception")
                    .isGreaterThanOrEqualTo(verdict.injectedAskFailures());
        } finally {
            restore(actorsLogger, logEvents);
        }
    }

    private static void run(SoakWorld world, long seed) throws InterruptedException {
        long deadline = System.nanoTime() + RUN_TIME.toNanos();
        AtomicLong sends = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS + 1);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            Random random = new Random(seed + i + 1);
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < deadline && sends.incrementAndGet() <= MAX_SENDS) {
                    world.send(random);
                }
            }));
        }
        Random chaosRandom = new Random(seed - 1);
        workers.add(pool.submit(() -> {
            for (long n = 0; n < MAX_CHAOS_ACTIONS && System.nanoTime() < deadline; n++) {
                world.chaos(chaosRandom);
                LockSupport.parkNanos(CHAOS_PACE_NANOS);
            }
        }));
        for (Future<?> worker : workers) {
            try {
                worker.get(RUN_TIME.plus(SETTLE).toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                world.violations.add("a sender or the chaos thread is stuck: " + e);
            } catch (ExecutionException e) {
                world.violations.add("a sender or the chaos thread failed: " + e.getCause());
            }
        }
        pool.shutdownNow();
        pool.awaitTermination(SETTLE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Cuts every actor at one last stamp, then stops every registry ever used. */
    private static void stopEverything(SoakWorld world) {
        long finalStamp = world.stamp();
        world.everyActor.forEach(actor -> actor.cutAt(finalStamp));
        for (ActorRegistry registry : world.everyRegistry) {
            try {
                registry.stopAll(SoakWorld.STOP_TIMEOUT);
            } catch (ActorTimeoutException e) {
                world.violations.add("stopAll timed out: " + e.getMessage());
            }
        }
    }

    private static void awaitEveryFutureDone(SoakWorld world) {
        List<ActorFuture<?>> futures = new ArrayList<>();
        for (TrackedActor actor : world.everyActor) {
            actor.sent().stream().map(TrackedActor.Sent::reply).filter(Objects::nonNull).forEach(futures::add);
        }
        futures.addAll(world.faultFutures);
        futures.addAll(world.stopFutures);
        try {
            await().atMost(SETTLE).until(() -> futures.stream().allMatch(ActorFuture::isDone));
        } catch (ConditionTimeoutException e) {
            long hung = futures.stream().filter(future -> !future.isDone()).count();
            world.violations.add(hung + " of " + futures.size() + " futures not done " + SETTLE
                    + " after every actor was stopped");
        }
    }

    private static void assertNoActorThreadAlive(SoakWorld world) {
        try {
            await().atMost(SETTLE).until(() -> world.ledger.actorThreads().stream().noneMatch(Thread::isAlive));
        } catch (ConditionTimeoutException e) {
            world.ledger.actorThreads().stream().filter(Thread::isAlive).forEach(thread ->
                    world.violations.add("actor thread still alive after stopAll: " + thread));
        }
        Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().contains(SoakThreadingActor.class.getSimpleName()))
                .forEach(thread -> world.violations.add("platform thread still alive after stopAll: " + thread));
    }

    /** Counts {@code dev.actors} events instead of printing thousands of expected failures. */
    private static LevelCountingAppender quietCounting(Logger logger) {
        LevelCountingAppender appender = new LevelCountingAppender();
        appender.setContext(logger.getLoggerContext());
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false);
        return appender;
    }

    private static void restore(Logger logger, LevelCountingAppender appender) {
        logger.detachAppender(appender);
        logger.setAdditive(true);
        appender.stop();
    }
}
