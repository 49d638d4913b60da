package dev.actors.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link TimerThroughput} once per implementation, each in a fresh JVM (the CPU time
 * measured is the process's), and prints one line per implementation.
 *
 * @param actors          actors per run, each with one fixed-rate timer
 * @param periodMillis    the timers' period
 * @param warmUpSeconds   after every actor's first tick, before measuring
 * @param measureSeconds  how long the measurement lasts
 * @param implementations the runtimes, in order
 * @param allTicking      whether an actor whose first tick never comes fails the run (the smoke
 *                        run's few actors), rather than being reported ({@link TimerThroughput})
 */
record TimerComparison(int actors, int periodMillis, double warmUpSeconds, double measureSeconds,
                       List<Implementation> implementations, boolean allTicking) {

    TimerComparison {
        implementations = List.copyOf(implementations);
    }

    /** The same comparison with another number of actors. */
    TimerComparison withActors(int otherActors) {
        return new TimerComparison(otherActors, periodMillis, warmUpSeconds, measureSeconds, implementations, allTicking);
    }

    void run(PrintStream out) throws IOException, InterruptedException {
        out.println();
        out.println("Timer throughput (" + actors + " actors, each a fixed-rate timer of " + periodMillis + " ms; fresh JVM "
                + "each; measured for " + measureSeconds + " s after every first tick and " + warmUpSeconds + " s; "
                + "cpuPerSecond = process CPU seconds per second, lateness = handled at minus due at):");
        for (Implementation implementation : implementations) {
            List<String> args = new ArrayList<>(List.of(implementation.label(), Integer.toString(actors),
                    Integer.toString(periodMillis), Double.toString(warmUpSeconds), Double.toString(measureSeconds)));
            if (allTicking) {
                args.add(TimerThroughput.ALL_TICKING);
            }
            out.println(ForkedRun.resultLine("Timer run for " + implementation.label(), TimerThroughput.RESULT_PREFIX,
                    List.of("-Xmx1g"), TimerThroughput.class, args.toArray(String[]::new)));
        }
    }
}
