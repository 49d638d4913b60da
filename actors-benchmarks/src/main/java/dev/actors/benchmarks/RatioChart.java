package dev.actors.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Draws the ratio table as an SVG bar chart: one group per shape (every benchmark and
 * parameter set that has Pekko rows), one horizontal bar per library and kind, its length
 * the time per operation divided by the best Pekko's of the same shape and run, on a log
 * scale centred on 1×: a bar to the left of the 1× line is faster than Pekko's best, to the
 * right slower. Hand-written SVG 1.1, no dependency.
 *
 * <p>Regenerate a chart from an existing JMH result:
 * {@code java -cp actors-benchmarks/target/benchmarks.jar dev.actors.benchmarks.RatioChart result.json docs/benchmarks.svg}.
 */
public final class RatioChart {

    private static final int WIDTH = 960;
    private static final int LABEL_RIGHT = 190;
    private static final int PLOT_LEFT = 210;
    private static final int PLOT_RIGHT = WIDTH - 150;
    private static final int TOP = 84;
    private static final int HEADER = 22;
    private static final int BAR = 14;
    private static final int BAR_GAP = 4;
    private static final int GROUP_GAP = 14;

    private static final Map<String, String> COLOURS = Map.of(
            "threading", "#e6550d",
            "virtual", "#3182bd",
            "pekko-classic", "#756bb1",
            "pekko-classic-2t", "#9e9ac8",
            "pekko-typed", "#636363",
            "pekko-typed-2t", "#a3a3a3");
    private static final String OTHER_COLOUR = "#31a354";
    /** A white outline under a heading's letters, so that the grid lines it crosses do not run through them. */
    private static final String HALO = "stroke=\"#ffffff\" stroke-width=\"4\" paint-order=\"stroke\"";

    /** What a reader calls each benchmark (docs/benchmarks.md has the details); others show their JMH name only. */
    private static final Map<String, String> NAMES = Map.of(
            "TellBenchmark.tell", "tell, one sender",
            "PingPongBenchmark.pingPong", "single-pair ping-pong",
            "AskBenchmark.ask", "ask from a platform thread",
            "AskFromVirtualThreadBenchmark.ask", "ask from a virtual thread",
            "StartStopBenchmark.startAndStop", "start + stop an actor",
            "FanOutBenchmark.askAllAndWait", String.format(Locale.ROOT, "fan-out: ask %,d actors once, wait for all",
                    FanOutBenchmark.ACTORS),
            "ManyPairsBenchmark.pingPong", "many pairs ping-pong, " + ManyPairsBenchmark.BALLS_PER_PAIR + " balls in flight per pair",
            "ManySendersBenchmark.tell", ManySendersBenchmark.SENDERS + " sender threads, one actor");

    private RatioChart() {
    }

    /**
     * Reads a JMH JSON result and writes its chart.
     *
     * @param args the JMH JSON file (written with {@code -rf json}), then the SVG file to write
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: java -cp benchmarks.jar dev.actors.benchmarks.RatioChart <jmh-result.json> <chart.svg>");
            System.exit(2);
        }
        int bars = write(Path.of(args[0]), Path.of(args[1]));
        System.out.println("Wrote " + args[1] + ": " + bars + " bars");
    }

    /**
     * Writes the chart of the JMH JSON result {@code json} to {@code svg} (parent directories included).
     *
     * @return how many bars the chart has
     * @throws IllegalArgumentException if the result has no shape with a Pekko row (nothing to compare)
     */
    static int write(Path json, Path svg) throws IOException {
        List<ShapeComparison> shapes = ShapeComparison.of(JmhJson.read(json));
        if (shapes.isEmpty()) {
            throw new IllegalArgumentException(json + " has no benchmark with a Pekko row (impl=pekko-...): "
                    + "the chart compares with Pekko's best, so there is nothing to draw");
        }
        Path parent = svg.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(svg, render(shapes, "Time per operation vs the best Pekko, same run (" + json.getFileName() + ")"),
                StandardCharsets.UTF_8);
        return barCount(shapes);
    }

    /** How many bars {@link #render} draws for {@code shapes}. */
    static int barCount(List<ShapeComparison> shapes) {
        return shapes.stream().mapToInt(shape -> shape.bars().size()).sum();
    }

    /** The SVG document for {@code shapes}, titled {@code title}. */
    static String render(List<ShapeComparison> shapes, String title) {
        LogScale scale = LogScale.covering(shapes);
        int height = TOP + shapes.stream()
                .mapToInt(shape -> HEADER + shape.bars().size() * (BAR + BAR_GAP) + GROUP_GAP)
                .sum() + 10;
        StringBuilder svg = new StringBuilder(16_384);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%d\" height=\"%d\""
                        + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, height, WIDTH, height))
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append(text(10, 24, "start", "font-size=\"16\" font-weight=\"bold\"", title))
                .append(text(10, 44, "start", "fill=\"#444444\"",
                        "Bar = time per operation / best Pekko row of the same shape (any dispatcher, classic or typed), log scale."))
                .append(text(10, 60, "start", "fill=\"#444444\"",
                        "Left of the 1\u00d7 line: faster than Pekko's best; right: slower."));
        axis(svg, scale, height);
        int y = TOP;
        for (ShapeComparison shape : shapes) {
            BenchmarkRow best = shape.bestPekko();
            svg.append("<g class=\"shape\">\n")
                    .append(text(10, y + 15, "start", HALO + " font-weight=\"bold\"", heading(shape)));
            y += HEADER;
            for (ShapeComparison.Bar bar : shape.bars()) {
                bar(svg, scale, shape, bar, y);
                y += BAR + BAR_GAP;
            }
            svg.append("</g>\n");
            y += GROUP_GAP;
        }
        return svg.append("</svg>\n").toString();
    }

    /** E.g. {@code many pairs ping-pong, 10 balls in flight per pair, pairs=32 (ManyPairsBenchmark.pingPong; best Pekko: ...)}. */
    private static String heading(ShapeComparison shape) {
        BenchmarkRow best = shape.bestPekko();
        String name = NAMES.get(best.benchmark());
        String params = best.shapeParams().entrySet().stream()
                .map(param -> ", " + param.getKey() + "=" + param.getValue())
                .collect(Collectors.joining());
        String bestPekko = "best Pekko: " + best.variant() + ", " + best.formattedScore() + " " + best.unit();
        return name == null
                ? shape.shape() + "   (" + bestPekko + ")"
                : name + params + "   (" + best.benchmark() + "; " + bestPekko + ")";
    }

    private static void axis(StringBuilder svg, LogScale scale, int height) {
        for (int exponent = scale.lowExponent(); exponent <= scale.highExponent(); exponent++) {
            double power = Math.pow(10, exponent);
            for (int step = 2; step < 10 && exponent < scale.highExponent(); step++) {
                line(svg, scale.x(power * step), height, "#eeeeee", 1);
            }
            double x = scale.x(power);
            line(svg, x, height, exponent == 0 ? "#000000" : "#cccccc", exponent == 0 ? 1.5 : 1);
            svg.append(text(x, TOP - 6, "middle", "fill=\"#444444\"", ratioLabel(exponent)));
        }
    }

    private static void line(StringBuilder svg, double x, int height, String colour, double width) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"%.1f\"/>%n",
                x, TOP - 2, x, height - 10, colour, width));
    }

    private static void bar(StringBuilder svg, LogScale scale, ShapeComparison shape, ShapeComparison.Bar bar, int y) {
        BenchmarkRow row = bar.row();
        String variant = row.variant() == null ? row.method() : row.variant();
        double one = scale.x(1);
        double end = scale.x(bar.ratio());
        double left = Math.min(one, end);
        double width = Math.max(Math.abs(end - one), 2);
        String value;
        if (bar.isBestPekko(shape)) {
            value = "1.00\u00d7 (best Pekko)";
        } else if (bar.ratio() < 1) {
            value = String.format(Locale.ROOT, "%.2f\u00d7 (%.1f\u00d7 faster)", bar.ratio(), 1 / bar.ratio());
        } else {
            value = String.format(Locale.ROOT, "%.2f\u00d7 (slower)", bar.ratio());
        }
        svg.append(text(LABEL_RIGHT, y + BAR - 2, "end", "", variant))
                .append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">",
                        left, y, width, BAR, COLOURS.getOrDefault(variant, OTHER_COLOUR)))
                .append("<title>").append(escape(variant + ": " + row.formattedScore() + " " + row.unit() + ", "
                        + value + " vs " + shape.bestPekko().variant())).append("</title></rect>\n")
                .append(text(Math.max(one, end) + 4, y + BAR - 2, "start", "", value));
    }

    private static String text(double x, int y, String anchor, String attributes, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\"%s>%s</text>%n",
                x, y, anchor, attributes.isEmpty() ? "" : " " + attributes, escape(content));
    }

    /** {@code 10^exponent} written out, e.g. {@code 0.01×} or {@code 100×}. */
    private static String ratioLabel(int exponent) {
        String power = exponent >= 0 ? "1" + "0".repeat(exponent) : "0." + "0".repeat(-exponent - 1) + "1";
        return power + "\u00d7";
    }

    /** XML character escaping for text and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * The chart's horizontal axis: powers of ten from {@code 10^lowExponent} to
     * {@code 10^highExponent}, always at least 0.1× to 10×.
     */
    private record LogScale(int lowExponent, int highExponent) {

        static LogScale covering(List<ShapeComparison> shapes) {
            double low = 1;
            double high = 1;
            for (ShapeComparison shape : shapes) {
                for (ShapeComparison.Bar bar : shape.bars()) {
                    low = Math.min(low, bar.ratio());
                    high = Math.max(high, bar.ratio());
                }
            }
            return new LogScale(Math.min(-1, (int) Math.floor(Math.log10(low))),
                    Math.max(1, (int) Math.ceil(Math.log10(high))));
        }

        double x(double ratio) {
            double position = (Math.log10(ratio) - lowExponent) / (highExponent - lowExponent);
            return PLOT_LEFT + position * (PLOT_RIGHT - PLOT_LEFT);
        }
    }
}
