package dev.actors.benchmarks;

import dev.actors.benchmarks.ours.Unimplemented;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openjdk.jmh.Main;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Entry point of {@code benchmarks.jar}: runs the JMH benchmarks (all of them, or those named
 * by a JMH include pattern), prints tables of ratios against Pekko (and of this library's
 * variants against their baselines), draws them as an SVG chart from the JMH JSON result
 * ({@link RatioChart}), then runs the bounded harnesses, each in fresh JVMs: the heap per idle
 * actor, timer throughput and the heap of entities. Any JMH option works and wins over the
 * presets below ({@link SuitePreset}).
 *
 * <ul>
 *   <li>{@code java -jar benchmarks.jar}: the full suite (1 fork, 3 x 1 s warm-up, 5 x 1 s
 *       measurement per benchmark); 1,000,000 idle actors per implementation; 10,000 actors with
 *       a 10 ms timer per implementation, 10 s; 1,000,000 entity keys with 100,000 live;</li>
 *   <li>{@code --many}: only the many-actor shapes ({@value #MANY_ACTOR_SHAPES}), with the
 *       full suite's settings (or {@code --quick}'s or {@code --smoke}'s when given too), no
 *       harness: the before/after run for a scheduling change;</li>
 *   <li>{@code --quick}: 1 x 1 s warm-up, 2 x 1 s measurement, smaller harnesses;</li>
 *   <li>{@code --smoke}: what CI runs: no warm-up, one 100 ms iteration, Pekko classic with its
 *       default dispatcher only, 32 pairs for the many-pairs ping-pong, tiny harnesses; it
 *       proves every benchmark still runs and checks the chart is valid SVG, the figures mean
 *       nothing;</li>
 *   <li>{@code --footprint-actors=N}, {@code --timer-actors=N}, {@code --entity-keys=N}: the
 *       size of one harness (each also runs that harness when an include pattern is given,
 *       which otherwise skips the harnesses);</li>
 *   <li>{@code --chart=FILE}: where the SVG chart goes; by default beside the JSON result
 *       ({@code -rff}, default {@value #DEFAULT_RESULT}), with {@code .svg} for {@code .json}.</li>
 * </ul>
 *
 * <p>While this build's {@code Entities} or {@code Timers} is the 0.2 skeleton (its methods throw
 * {@link UnsupportedOperationException}), {@link EntityBenchmark} is excluded and the entity and
 * this library's timer harnesses print a line saying they skipped, so that the smoke run passes.
 */
public final class BenchmarkSuite {

    /** The JMH include pattern of the many-actor shapes, single-pair ping-pong included for comparison. */
    static final String MANY_ACTOR_SHAPES = "ManyPairsBenchmark|FanOutBenchmark|ManySendersBenchmark|PingPongBenchmark";
    /** Where the JMH JSON result goes unless {@code -rff} says otherwise. */
    static final String DEFAULT_RESULT = "jmh-result.json";

    private static final Set<String> JMH_LISTING_FLAGS = Set.of("-h", "-l", "-lp", "-lprof", "-lrf");
    private static final String FOOTPRINT_FLAG = "--footprint-actors=";
    private static final String TIMERS_FLAG = "--timer-actors=";
    private static final String ENTITIES_FLAG = "--entity-keys=";
    private static final String CHART_FLAG = "--chart=";

    private BenchmarkSuite() {
    }

    /** Runs the suite; see the class documentation for the arguments. */
    public static void main(String[] args) throws Exception {
        if (Arrays.stream(args).anyMatch(JMH_LISTING_FLAGS::contains)) {
            Main.main(args);
            return;
        }
        List<String> jmhArgs = new ArrayList<>();
        SuitePreset preset = SuitePreset.FULL;
        Integer footprintActors = null;
        Integer timerActors = null;
        Integer entityKeys = null;
        String chart = null;
        for (String arg : args) {
            if (arg.equals("--smoke")) {
                preset = SuitePreset.SMOKE;
            } else if (arg.equals("--quick")) {
                preset = SuitePreset.QUICK;
            } else if (arg.equals("--many")) {
                jmhArgs.add(MANY_ACTOR_SHAPES); // with the full settings unless --quick or --smoke says otherwise
            } else if (arg.startsWith(FOOTPRINT_FLAG)) {
                footprintActors = Integer.parseInt(arg.substring(FOOTPRINT_FLAG.length()));
            } else if (arg.startsWith(TIMERS_FLAG)) {
                timerActors = Integer.parseInt(arg.substring(TIMERS_FLAG.length()));
            } else if (arg.startsWith(ENTITIES_FLAG)) {
                entityKeys = Integer.parseInt(arg.substring(ENTITIES_FLAG.length()));
            } else if (arg.startsWith(CHART_FLAG)) {
                chart = arg.substring(CHART_FLAG.length());
            } else {
                jmhArgs.add(arg);
            }
        }
        addUnlessGiven(jmhArgs, preset.jmhOptions());
        addUnlessGiven(jmhArgs, "-rf", "json", "-rff", DEFAULT_RESULT);
        Optional<String> noEntities = Unimplemented.entities();
        noEntities.ifPresent(reason -> {
            System.out.println("EntityBenchmark skipped: " + reason);
            jmhArgs.add("-e");
            jmhArgs.add(EntityBenchmark.class.getName());
        });
        CommandLineOptions options = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        Collection<RunResult> results = new Runner(options).run();
        RatioTable.print(results.stream().map(BenchmarkRow::of).toList(), System.out);
        drawChart(options, chart, preset == SuitePreset.SMOKE);

        boolean wholeSuite = options.getIncludes().isEmpty();
        if (footprintActors != null || wholeSuite) {
            FootprintComparison.run(footprintActors != null ? footprintActors : preset.footprintActors(), System.out);
        }
        if (timerActors != null || wholeSuite) {
            (timerActors != null ? preset.timers().withActors(timerActors) : preset.timers()).run(System.out);
        }
        if (entityKeys != null || wholeSuite) {
            EntityFootprintComparison.run(entityKeys != null ? entityKeys : preset.entityKeys(), System.out);
        }
    }

    /**
     * Appends each option/value pair of {@code presets} that the command line did not give:
     * an option not in {@code jmhArgs}, or a {@code -p name=...} whose parameter it does not set.
     */
    private static void addUnlessGiven(List<String> jmhArgs, String... presets) {
        List<String> given = List.copyOf(jmhArgs);
        for (int i = 0; i < presets.length; i += 2) {
            boolean isGiven = presets[i].equals("-p")
                    ? setsParameter(given, presets[i + 1].substring(0, presets[i + 1].indexOf('=') + 1))
                    : given.contains(presets[i]);
            if (!isGiven) {
                jmhArgs.add(presets[i]);
                jmhArgs.add(presets[i + 1]);
            }
        }
    }

    /** Whether {@code args} has {@code -p} followed by a value starting with {@code nameAndEquals}. */
    private static boolean setsParameter(List<String> args, String nameAndEquals) {
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals("-p") && args.get(i + 1).startsWith(nameAndEquals)) {
                return true;
            }
        }
        return false;
    }

    /** Draws the chart from the JSON result JMH just wrote; in the smoke run, also checks that it is valid SVG. */
    private static void drawChart(CommandLineOptions options, String chart, boolean smoke) throws Exception {
        if (options.getResultFormat().orElse(null) != ResultFormatType.JSON) {
            System.out.println("No chart: the result format is not JSON (-rf json).");
            return;
        }
        Path json = Path.of(options.getResult().orElse(DEFAULT_RESULT));
        Path svg = Path.of(chart != null ? chart : json.toString().replaceFirst("\\.json$", "") + ".svg");
        if (ShapeComparison.of(JmhJson.read(json)).isEmpty()) {
            System.out.println("No chart: no benchmark in " + json + " has a Pekko row to compare with.");
            return;
        }
        int bars = RatioChart.write(json, svg);
        if (smoke) {
            SvgCheck.requireChart(svg, bars);
        }
        System.out.println("Chart: " + svg.toAbsolutePath() + " (" + bars + " bars, from " + json.toAbsolutePath() + ")");
    }
}
