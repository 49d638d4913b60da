package dev.actors.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the rows of a JMH result file written with {@code -rf json}. */
final class JmhJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JmhJson() {
    }

    /**
     * The rows of {@code file}, in the file's order.
     *
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if it is not a JMH JSON result (names the file and what is missing)
     */
    static List<BenchmarkRow> read(Path file) throws IOException {
        JsonNode results;
        try {
            results = JSON.readTree(Files.readString(file));
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not JSON: " + e.getOriginalMessage()
                    + "; pass the file JMH writes with -rf json", e);
        }
        if (results == null || !results.isArray()) {
            throw new IllegalArgumentException(file + " is not a JMH JSON result: expected an array of results at the top");
        }
        List<BenchmarkRow> rows = new ArrayList<>();
        for (JsonNode result : results) {
            rows.add(toRow(result, file));
        }
        return rows;
    }

    private static BenchmarkRow toRow(JsonNode result, Path file) {
        JsonNode primary = required(result, "primaryMetric", file);
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode paramsNode = result.get("params");
        if (paramsNode != null) {
            paramsNode.properties().forEach(param -> params.put(param.getKey(), param.getValue().asString()));
        }
        return BenchmarkRow.of(required(result, "benchmark", file).asString(),
                Mode.deepValueOf(required(result, "mode", file).asString()), params,
                number(required(primary, "score", file)), number(primary.get("scoreError")),
                required(primary, "scoreUnit", file).asString());
    }

    private static JsonNode required(JsonNode node, String field, Path file) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(file + " is not a JMH JSON result: a result has no '" + field + "'");
        }
        return value;
    }

    /** JMH writes {@code NaN} (an error from one iteration) as the string {@code "NaN"}. */
    private static double number(JsonNode value) {
        if (value == null || value.isNull()) {
            return Double.NaN;
        }
        return value.isNumber() ? value.doubleValue() : Double.parseDouble(value.asString());
    }
}
