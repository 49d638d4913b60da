package dev.actors.benchmarks;

import static dev.actors.benchmarks.Implementation.PEKKO_CLASSIC;
import static dev.actors.benchmarks.Implementation.PEKKO_CLASSIC_2T;
import static dev.actors.benchmarks.Implementation.PEKKO_TYPED;
import static dev.actors.benchmarks.Implementation.THREADING;
import static dev.actors.benchmarks.Implementation.VIRTUAL;

import java.util.List;

/**
 * The settings of {@link BenchmarkSuite}'s runs: the JMH options (which the command line
 * overrides one by one) and the sizes of the bounded harnesses that run after JMH.
 */
enum SuitePreset {

    /** The full suite: 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement; issue-sized harnesses. */
    FULL(new String[] {"-f", "1", "-wi", "3", "-w", "1s", "-i", "5", "-r", "1s", "-foe", "true"},
            1_000_000, new TimerComparison(10_000, 10, 3, 10, List.of(THREADING, VIRTUAL, PEKKO_CLASSIC, PEKKO_CLASSIC_2T),
                    false), 1_000_000),
    /** Seconds per benchmark; smaller harnesses. */
    QUICK(new String[] {"-f", "1", "-wi", "1", "-w", "1s", "-i", "2", "-r", "1s", "-foe", "true"},
            100_000, new TimerComparison(10_000, 10, 1, 3, List.of(THREADING, VIRTUAL, PEKKO_CLASSIC, PEKKO_CLASSIC_2T),
                    false), 200_000),
    /**
     * What CI runs: every benchmark and harness once, briefly (the timers of Pekko typed too, which
     * the full suite leaves out, so that they cannot rot); the figures mean nothing.
     */
    SMOKE(new String[] {"-f", "1", "-wi", "0", "-i", "1", "-r", "100ms", "-foe", "true",
        "-p", "impl=threading,virtual,pekko-classic", "-p", "pairs=32"},
            10_000, new TimerComparison(500, 10, 0.2, 0.5, List.of(THREADING, VIRTUAL, PEKKO_CLASSIC, PEKKO_TYPED), true),
            10_000);

    private final String[] jmhOptions;
    private final int footprintActors;
    private final TimerComparison timers;
    private final int entityKeys;

    SuitePreset(String[] jmhOptions, int footprintActors, TimerComparison timers, int entityKeys) {
        this.jmhOptions = jmhOptions;
        this.footprintActors = footprintActors;
        this.timers = timers;
        this.entityKeys = entityKeys;
    }

    /** JMH's options, as option/value pairs. */
    String[] jmhOptions() {
        return jmhOptions.clone();
    }

    /** Idle actors per implementation in {@link FootprintComparison}. */
    int footprintActors() {
        return footprintActors;
    }

    /** The timer comparison. */
    TimerComparison timers() {
        return timers;
    }

    /** Keys in {@link EntityFootprintComparison} (a tenth of them live at most). */
    int entityKeys() {
        return entityKeys;
    }
}
