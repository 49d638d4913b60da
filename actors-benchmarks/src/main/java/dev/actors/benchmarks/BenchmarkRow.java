package dev.actors.benchmarks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One JMH result as the ratio table and chart read it, from a run in this JVM or from JMH's
 * JSON file. A row's <em>variant</em> is the parameter that says which library or setting it
 * measures ({@link #VARIANT_PARAMS}: {@code impl}, {@code policy}, {@code kind}, ...); its other parameters (such
 * as {@code pairs}) are part of the <em>shape</em>: rows are compared only within a shape.
 *
 * @param benchmarkClass simple name of the benchmark class, e.g. {@code ManyPairsBenchmark}
 * @param method         the benchmark method, e.g. {@code pingPong}
 * @param shapeParams    the parameters other than the variant, in JMH's order
 * @param variant        the variant parameter's value, or {@code null} when there is none
 * @param mode           JMH's benchmark mode
 * @param score          JMH's primary score
 * @param error          JMH's 99.9 % error of the score ({@code NaN} with one iteration)
 * @param unit           JMH's unit of the score, e.g. {@code ns/op}
 */
record BenchmarkRow(String benchmarkClass, String method, Map<String, String> shapeParams, String variant,
                    Mode mode, double score, double error, String unit) {

    /**
     * The parameters that say which variant a row measures, first match wins: {@code policy}
     * before {@code kind}, so that a restart policy's rows are compared within one actor kind.
     */
    static final List<String> VARIANT_PARAMS = List.of("impl", "policy", "kind", "metrics", "context");

    BenchmarkRow {
        shapeParams = Collections.unmodifiableMap(new LinkedHashMap<>(shapeParams));
    }

    /** {@code Class.method}. */
    String benchmark() {
        return benchmarkClass + "." + method;
    }

    /** The benchmark and its non-variant parameters, e.g. {@code ManyPairsBenchmark.pingPong pairs=1000}. */
    String shape() {
        if (shapeParams.isEmpty()) {
            return benchmark();
        }
        return benchmark() + " " + shapeParams.entrySet().stream()
                .map(param -> param.getKey() + "=" + param.getValue())
                .collect(Collectors.joining(" "));
    }

    /** Whether the row measures one of the Pekko baselines. */
    boolean isPekko() {
        return variant != null && variant.startsWith("pekko");
    }

    /** Time per operation in the row's own terms: throughput is inverted so that lower is always better. */
    double cost() {
        return mode == Mode.Throughput ? 1.0 / score : score;
    }

    /** The score as the tables print it: thousands separated above 100, three decimals below. */
    String formattedScore() {
        return number(score);
    }

    /** {@code value} as the tables print numbers. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.3f", value);
    }

    /** The row of a result of this JVM's run. */
    static BenchmarkRow of(RunResult result) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String key : result.getParams().getParamsKeys()) {
            params.put(key, result.getParams().getParam(key));
        }
        Result<?> primary = result.getPrimaryResult();
        return of(result.getParams().getBenchmark(), result.getParams().getMode(), params,
                primary.getScore(), primary.getScoreError(), primary.getScoreUnit());
    }

    /**
     * The row of a result given by its parts, as JMH's JSON file has them.
     *
     * @param fullName the benchmark's full name, {@code package.Class.method}
     * @param params   every parameter of the result, variant included
     */
    static BenchmarkRow of(String fullName, Mode mode, Map<String, String> params, double score, double error, String unit) {
        int dot = fullName.lastIndexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("Benchmark name '" + fullName + "' is not of the form Class.method");
        }
        String className = fullName.substring(fullName.lastIndexOf('.', dot - 1) + 1, dot);
        String variantParam = VARIANT_PARAMS.stream().filter(params::containsKey).findFirst().orElse(null);
        Map<String, String> shapeParams = new LinkedHashMap<>(params);
        String variant = variantParam == null ? null : shapeParams.remove(variantParam);
        return new BenchmarkRow(className, fullName.substring(dot + 1), shapeParams, variant, mode, score, error, unit);
    }
}
