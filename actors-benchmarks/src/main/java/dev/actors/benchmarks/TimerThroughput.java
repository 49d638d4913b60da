package dev.actors.benchmarks;

import dev.actors.benchmarks.ours.Unimplemented;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * Scenario 15, timer throughput (issue 11): N actors, each with a fixed-rate timer of one period
 * started when it starts (this library: {@code timers().startAtFixedRate} from {@code onStart};
 * Pekko: {@code timers.startTimerAtFixedRate}, classic {@code Timers} or typed
 * {@code Behaviors.withTimers}), each tick handled by the actor. After every actor's first tick
 * and a warm-up, it measures for a while and reports the process's CPU time per wall-clock
 * second ({@code com.sun.management.OperatingSystemMXBean#getProcessCpuTime}: 1.0 is one core
 * busy), ticks handled per second against those due, each tick's lateness (handled at minus
 * due at, see {@link TickLog}; ticks handled before they were due count as 0 and are counted as
 * {@code early}) and jitter (time since the actor's previous tick minus the period, either way),
 * each at p50, p99 and max. Run in a JVM of its own per implementation
 * ({@link TimerComparison} does that), so the CPU time is that runtime's alone.
 *
 * <p>A runtime that cannot keep up (ticks per second below those due) is reported, not failed:
 * lateness then grows over the run, and {@code ticking} says how many actors had had a tick when
 * the measurement began (a runtime may even starve some actors' first tick: the run waits
 * {@link Timeouts#REPLY} for them, then goes on). With {@value #ALL_TICKING} as the last
 * argument (the smoke run, few actors) an actor with no tick by then fails the run instead.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.actors.benchmarks.TimerThroughput virtual 10000 10 3 10}
 * (implementation, actors, period in ms, warm-up and measurement in seconds; all but the first
 * optional, these are the defaults). On this library, it reports "skipped" when this build's
 * {@code Timers} is the 0.2 skeleton.
 */
public final class TimerThroughput {

    /** Prefix of the one result line the parent process reads. */
    static final String RESULT_PREFIX = "timers ";

    /** The last argument that makes an actor whose first tick never came within {@link Timeouts#REPLY} fail the run. */
    static final String ALL_TICKING = "all-ticking";

    private TimerThroughput() {
    }

    /**
     * Arguments: implementation label, then optionally actors, period (ms), warm-up (s),
     * measurement (s) and {@value #ALL_TICKING}.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 6 || (args.length == 6 && !args[5].equals(ALL_TICKING))) {
            throw new IllegalArgumentException("Usage: TimerThroughput <implementation> [actors] [periodMillis] "
                    + "[warmUpSeconds] [measureSeconds] [" + ALL_TICKING + "], e.g. virtual 10000 10 3 10");
        }
        Implementation implementation = Implementation.byLabel(args[0]);
        int actors = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Duration period = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 10);
        Duration warmUp = seconds(args.length > 3 ? args[3] : "3");
        Duration measurement = seconds(args.length > 4 ? args[4] : "10");
        boolean requireAllTicking = args.length > 5;
        if (!implementation.isPekko()) {
            Optional<String> missing = Unimplemented.timers();
            if (missing.isPresent()) {
                System.out.println(RESULT_PREFIX + "impl=" + implementation.label() + " skipped: " + missing.get());
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
        }

        ActorRuntime runtime = implementation.open();
        TickLog log = new TickLog(actors, period);
        runtime.startTickers(log);
        if (!log.awaitFirstTicks(Timeouts.REPLY) && requireAllTicking) {
            throw new IllegalStateException((actors - log.actorsTicking()) + " of " + actors + " " + implementation.label()
                    + " actors started a " + period.toMillis() + " ms timer and had no tick within " + Timeouts.REPLY
                    + ": the runtime under test lost their timers or is stuck");
        }
        Thread.sleep(warmUp.toMillis());
        int ticking = log.actorsTicking();
        log.latenessSinceLastCall(); // drops the warm-up's ticks
        log.jitterSinceLastCall();
        long earlyBefore = log.earlyTicks();
        long cpuBefore = processCpuNanos();
        long wallBefore = System.nanoTime();
        Thread.sleep(measurement.toMillis());
        Histogram lateness = log.latenessSinceLastCall();
        Histogram jitter = log.jitterSinceLastCall();
        long cpu = processCpuNanos() - cpuBefore;
        long wall = System.nanoTime() - wallBefore;
        long early = log.earlyTicks() - earlyBefore;

        double wallSeconds = wall / 1e9;
        long ticks = lateness.getTotalCount();
        System.out.printf(Locale.ROOT, "%simpl=%s actors=%d ticking=%d periodMs=%d seconds=%.1f cpuPerSecond=%.3f ticksPerSecond=%.0f "
                        + "dueTicksPerSecond=%.0f cpuMicrosPerTick=%.2f latenessMicros p50=%.0f p99=%.0f max=%.0f early=%d "
                        + "jitterMicros p50=%.0f p99=%.0f max=%.0f%n",
                RESULT_PREFIX, implementation.label(), actors, ticking, period.toMillis(), wallSeconds, cpu / (double) wall,
                ticks / wallSeconds, actors * 1e9 / period.toNanos(), ticks == 0 ? Double.NaN : cpu / 1e3 / ticks,
                lateness.getValueAtPercentile(50) / 1e3, lateness.getValueAtPercentile(99) / 1e3,
                lateness.getMaxValue() / 1e3, early, jitter.getValueAtPercentile(50) / 1e3,
                jitter.getValueAtPercentile(99) / 1e3, jitter.getMaxValue() / 1e3);
        System.out.flush();
        java.lang.ref.Reference.reachabilityFence(runtime);
        // Stopping 10,000 actors one by one is not what is measured here.
        Runtime.getRuntime().halt(0);
    }

    private static Duration seconds(String seconds) {
        return Duration.ofMillis(Math.round(Double.parseDouble(seconds) * 1000));
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        throw new IllegalStateException("This JVM's OperatingSystemMXBean gives no process CPU time "
                + "(com.sun.management.OperatingSystemMXBean): the timer scenario cannot measure CPU");
    }
}
