package dev.actors.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.openjdk.jmh.Main;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Entry point of {@code benchmarks.jar}: runs the JMH benchmarks (all of them, or those named
 * by a JMH include pattern), prints a table of ratios against Pekko, then compares the heap
 * per idle actor. Any JMH option works and wins over the presets below.
 *
 * <ul>
 *   <li>{@code java -jar benchmarks.jar}: the full suite (1 fork, 3 x 1 s warm-up, 5 x 1 s
 *       measurement per benchmark) and 1,000,000 idle actors per implementation;</li>
 *   <li>{@code --quick}: 1 x 1 s warm-up, 2 x 1 s measurement, 100,000 idle actors;</li>
 *   <li>{@code --smoke}: what CI runs: no warm-up, one 100 ms iteration, Pekko classic with its
 *       default dispatcher only, 10,000 idle actors; it proves every benchmark still runs, the
 *       figures mean nothing;</li>
 *   <li>{@code --footprint-actors=N}: idle actors per implementation (also runs the footprint
 *       comparison when an include pattern is given, which otherwise skips it).</li>
 * </ul>
 */
public final class BenchmarkSuite {

    private static final Set<String> JMH_LISTING_FLAGS = Set.of("-h", "-l", "-lp", "-lprof", "-lrf");
    private static final String FOOTPRINT_FLAG = "--footprint-actors=";

    private BenchmarkSuite() {
    }

    /** Runs the suite; see the class documentation for the arguments. */
    public static void main(String[] args) throws Exception {
        if (Arrays.stream(args).anyMatch(JMH_LISTING_FLAGS::contains)) {
            Main.main(args);
            return;
        }
        List<String> jmhArgs = new ArrayList<>();
        String[] presets = {"-f", "1", "-wi", "3", "-w", "1s", "-i", "5", "-r", "1s", "-foe", "true"};
        int footprintActors = 1_000_000;
        Integer explicitFootprint = null;
        for (String arg : args) {
            if (arg.equals("--smoke")) {
                presets = new String[] {"-f", "1", "-wi", "0", "-i", "1", "-r", "100ms", "-foe", "true",
                    "-p", "impl=threading,virtual,pekko-classic"};
                footprintActors = 10_000;
            } else if (arg.equals("--quick")) {
                presets = new String[] {"-f", "1", "-wi", "1", "-w", "1s", "-i", "2", "-r", "1s", "-foe", "true"};
                footprintActors = 100_000;
            } else if (arg.startsWith(FOOTPRINT_FLAG)) {
                explicitFootprint = Integer.parseInt(arg.substring(FOOTPRINT_FLAG.length()));
            } else {
                jmhArgs.add(arg);
            }
        }
        for (int i = 0; i < presets.length; i += 2) {
            if (!jmhArgs.contains(presets[i])) {
                jmhArgs.add(presets[i]);
                jmhArgs.add(presets[i + 1]);
            }
        }
        CommandLineOptions options = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        Collection<RunResult> results = new Runner(options).run();
        RatioTable.print(results, System.out);

        if (explicitFootprint != null || options.getIncludes().isEmpty()) {
            FootprintComparison.run(explicitFootprint != null ? explicitFootprint : footprintActors, System.out);
        }
    }
}
