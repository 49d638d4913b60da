package dev.actors.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One shape (a benchmark with its non-variant parameters, e.g. 1,000 pairs of ping-pong)
 * seen as ratios against the best Pekko row of the same shape in the same run: what the
 * compact ratio table and the chart show. A ratio is time per operation divided by the best
 * Pekko's (throughput inverted), so below 1 is faster than Pekko's best.
 *
 * @param shape     the shape, as {@link BenchmarkRow#shape()}
 * @param bestPekko the fastest Pekko row of the shape (any dispatcher, classic or typed)
 * @param bars      one per row of the shape with a score, in the run's order
 */
record ShapeComparison(String shape, BenchmarkRow bestPekko, List<Bar> bars) {

    /**
     * One row of the shape against the best Pekko.
     *
     * @param row   the row
     * @param ratio {@code row.cost() / bestPekko.cost()}
     */
    record Bar(BenchmarkRow row, double ratio) {

        /** Whether this is the best Pekko row itself. */
        boolean isBestPekko(ShapeComparison shape) {
            return row == shape.bestPekko();
        }
    }

    ShapeComparison {
        bars = List.copyOf(bars);
    }

    /** The bar of {@code variant}, if the shape has one. */
    Optional<Bar> bar(String variant) {
        return bars.stream().filter(bar -> variant.equals(bar.row().variant())).findFirst();
    }

    /** Every shape of {@code rows} that has a Pekko row with a score, in the order the shapes first appear. */
    static List<ShapeComparison> of(List<BenchmarkRow> rows) {
        Map<String, List<BenchmarkRow>> byShape = new LinkedHashMap<>();
        for (BenchmarkRow row : rows) {
            if (!Double.isNaN(row.score()) && row.score() > 0) {
                byShape.computeIfAbsent(row.shape(), key -> new ArrayList<>()).add(row);
            }
        }
        List<ShapeComparison> shapes = new ArrayList<>();
        byShape.forEach((shape, group) -> group.stream()
                .filter(BenchmarkRow::isPekko)
                .min(Comparator.comparingDouble(BenchmarkRow::cost))
                .ifPresent(best -> shapes.add(new ShapeComparison(shape, best, group.stream()
                        .map(row -> new Bar(row, row.cost() / best.cost()))
                        .toList()))));
        return shapes;
    }
}
