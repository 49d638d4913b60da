package dev.actors.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Turns JMH results into a Markdown table of ratios. Each of this library's rows is compared
 * with its baseline: the best Pekko row of the same benchmark when there is one (Pekko with
 * the default and with the 2-thread dispatcher, classic and typed: whichever is fastest), else
 * the row of the same class whose method name starts with {@code baseline} and has the same
 * {@code impl} (or {@code kind}), else the {@code metrics=off} row of the same benchmark. "cost" is the time per operation relative to the baseline: below 1.00× is faster.
 */
final class RatioTable {

    /** Parameter values that make a row the baseline of its benchmark's other rows. */
    private static final Map<String, String> BASELINE_PARAMS = Map.of("metrics", "off");
    /** The parameters that say which variant a row measures, one per benchmark. */
    private static final List<String> VARIANT_PARAMS = List.of("impl", "kind", "metrics");

    private record Row(String benchmarkClass, String method, String impl, Mode mode,
                       double score, double error, String unit) {

        String benchmark() {
            return benchmarkClass + "." + method;
        }

        boolean isPekko() {
            return impl != null && impl.startsWith("pekko");
        }

        /** Time per operation in the row's own terms: throughput is inverted so that lower is always better. */
        double cost() {
            return mode == Mode.Throughput ? 1.0 / score : score;
        }
    }

    private RatioTable() {
    }

    static void print(Collection<RunResult> results, PrintStream out) {
        List<Row> rows = results.stream().map(RatioTable::toRow).toList();
        Map<String, List<Row>> byBenchmark = new LinkedHashMap<>();
        rows.forEach(row -> byBenchmark.computeIfAbsent(row.benchmark(), key -> new ArrayList<>()).add(row));

        out.println();
        out.println("| benchmark | impl | score | ± error (99.9%) | unit | cost vs baseline | baseline |");
        out.println("|---|---|---:|---:|---|---:|---|");
        for (List<Row> group : byBenchmark.values()) {
            Optional<Row> bestPekko = group.stream().filter(Row::isPekko).min(Comparator.comparingDouble(Row::cost));
            for (Row row : group) {
                Optional<Row> baseline = row.isPekko() ? Optional.empty()
                        : bestPekko.or(() -> methodBaseline(rows, row));
                out.println(format(row, baseline));
            }
        }
        out.println();
        out.println("cost vs baseline = time per operation / the baseline's (throughput inverted); < 1.00x = faster.");
    }

    /** The baseline of a row with no Pekko rows beside it: a {@code baseline...} method, or a baseline parameter value. */
    private static Optional<Row> methodBaseline(List<Row> rows, Row row) {
        if (row.method().startsWith("baseline") || isBaselineVariant(row)) {
            return Optional.empty();
        }
        Optional<Row> byParameter = rows.stream()
                .filter(other -> other.benchmark().equals(row.benchmark()))
                .filter(RatioTable::isBaselineVariant)
                .findFirst();
        return byParameter.or(() -> rows.stream()
                .filter(other -> other.benchmarkClass().equals(row.benchmarkClass()))
                .filter(other -> other.method().startsWith("baseline"))
                .filter(other -> Objects.equals(other.impl(), row.impl()))
                .findFirst());
    }

    private static boolean isBaselineVariant(Row row) {
        return row.impl() != null && BASELINE_PARAMS.containsValue(row.impl());
    }

    private static String format(Row row, Optional<Row> baseline) {
        String ratio = baseline.map(base -> String.format(Locale.ROOT, "%.2fx", row.cost() / base.cost())).orElse("");
        String against = baseline.map(base -> base.isPekko() || isBaselineVariant(base) ? base.impl() : base.method()).orElse("");
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |",
                row.benchmark(), row.impl() == null ? "" : row.impl(),
                number(row.score()), number(row.error()), row.unit(), ratio, against);
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.3f", value);
    }

    private static Row toRow(RunResult result) {
        String fullName = result.getParams().getBenchmark();
        int dot = fullName.lastIndexOf('.');
        String className = fullName.substring(fullName.lastIndexOf('.', dot - 1) + 1, dot);
        Result<?> primary = result.getPrimaryResult();
        String variant = VARIANT_PARAMS.stream()
                .map(result.getParams()::getParam)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        return new Row(className, fullName.substring(dot + 1), variant,
                result.getParams().getMode(), primary.getScore(), primary.getScoreError(), primary.getScoreUnit());
    }
}
