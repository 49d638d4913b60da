package dev.actors.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns JMH results into Markdown tables of ratios. First every row: each of this library's
 * rows is compared with its baseline: the best Pekko row of the same shape (benchmark and
 * non-variant parameters such as {@code pairs}) when there is one (Pekko with the default and
 * with the 2-thread dispatcher, classic and typed: whichever is fastest), else the row of the
 * same shape with the baseline value of its variant parameter ({@code metrics=off},
 * {@code context=off}, {@code policy=never}: the ratio of a restart policy to none, per kind),
 * else the row of the same class, mode and unit whose method name starts with {@code baseline} and has the
 * same variant ({@code impl} or {@code kind}). Then one line per
 * shape that has Pekko rows, this library's kinds side by side against Pekko's best (what
 * {@link RatioChart} draws). "cost" is the time per operation relative to the baseline:
 * below 1.00× is faster.
 */
final class RatioTable {

    /** Parameter values that make a row the baseline of its shape's other rows. */
    private static final Map<String, String> BASELINE_PARAMS = Map.of("metrics", "off", "context", "off", "policy", "never");

    private RatioTable() {
    }

    static void print(List<BenchmarkRow> rows, PrintStream out) {
        Map<String, List<BenchmarkRow>> byShape = new LinkedHashMap<>();
        rows.forEach(row -> byShape.computeIfAbsent(row.shape(), key -> new ArrayList<>()).add(row));

        out.println();
        out.println("| benchmark | impl | score | ± error (99.9%) | unit | cost vs baseline | baseline |");
        out.println("|---|---|---:|---:|---|---:|---|");
        for (List<BenchmarkRow> group : byShape.values()) {
            Optional<BenchmarkRow> bestPekko = group.stream()
                    .filter(BenchmarkRow::isPekko)
                    .min(Comparator.comparingDouble(BenchmarkRow::cost));
            for (BenchmarkRow row : group) {
                Optional<BenchmarkRow> baseline = row.isPekko() ? Optional.empty()
                        : bestPekko.or(() -> methodBaseline(rows, row));
                out.println(format(row, baseline));
            }
        }
        out.println();
        out.println("cost vs baseline = time per operation / the baseline's (throughput inverted); < 1.00x = faster.");
        printAgainstBestPekko(ShapeComparison.of(rows), out);
    }

    /** One line per shape: each of this library's kinds as score and ratio, then Pekko's best. */
    private static void printAgainstBestPekko(List<ShapeComparison> shapes, PrintStream out) {
        Set<String> ours = new LinkedHashSet<>();
        shapes.forEach(shape -> shape.bars().stream()
                .map(ShapeComparison.Bar::row)
                .filter(row -> !row.isPekko() && row.variant() != null)
                .forEach(row -> ours.add(row.variant())));
        if (shapes.isEmpty() || ours.isEmpty()) {
            return;
        }
        out.println();
        StringBuilder header = new StringBuilder("| shape | unit |");
        StringBuilder rule = new StringBuilder("|---|---|");
        ours.forEach(variant -> {
            header.append(' ').append(variant).append(" (vs best Pekko) |");
            rule.append("---:|");
        });
        out.println(header.append(" best Pekko |"));
        out.println(rule.append("---:|"));
        for (ShapeComparison shape : shapes) {
            StringBuilder line = new StringBuilder("| ").append(shape.shape()).append(" | ")
                    .append(shape.bestPekko().unit()).append(" |");
            for (String variant : ours) {
                line.append(' ').append(shape.bar(variant)
                        .map(bar -> bar.row().formattedScore() + " (" + ratio(bar.ratio()) + ")")
                        .orElse("")).append(" |");
            }
            BenchmarkRow best = shape.bestPekko();
            out.println(line.append(' ').append(best.formattedScore()).append(" (").append(best.variant()).append(") |"));
        }
        out.println();
        out.println("(x) = time per operation / best Pekko's in this run, any dispatcher, classic or typed; < 1.00x = faster.");
    }

    /** The baseline of a row with no Pekko rows beside it: a {@code baseline...} method, or a baseline parameter value. */
    private static Optional<BenchmarkRow> methodBaseline(List<BenchmarkRow> rows, BenchmarkRow row) {
        if (row.method().startsWith("baseline") || isBaselineVariant(row)) {
            return Optional.empty();
        }
        Optional<BenchmarkRow> byParameter = rows.stream()
                .filter(other -> other.shape().equals(row.shape()))
                .filter(RatioTable::isBaselineVariant)
                .findFirst();
        return byParameter.or(() -> rows.stream()
                .filter(other -> other.benchmarkClass().equals(row.benchmarkClass()))
                .filter(other -> other.method().startsWith("baseline"))
                .filter(other -> other.mode() == row.mode() && other.unit().equals(row.unit())) // like with like
                .filter(other -> Objects.equals(other.variant(), row.variant()))
                .filter(other -> other.shapeParams().equals(row.shapeParams()))
                .findFirst());
    }

    private static boolean isBaselineVariant(BenchmarkRow row) {
        return row.variant() != null && BASELINE_PARAMS.containsValue(row.variant());
    }

    private static String format(BenchmarkRow row, Optional<BenchmarkRow> baseline) {
        String cost = baseline.map(base -> ratio(row.cost() / base.cost())).orElse("");
        String against = baseline
                .map(base -> base.isPekko() || isBaselineVariant(base) ? base.variant() : base.method())
                .orElse("");
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |",
                row.shape(), row.variant() == null ? "" : row.variant(),
                row.formattedScore(), BenchmarkRow.number(row.error()), row.unit(), cost, against);
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2fx", ratio);
    }
}
