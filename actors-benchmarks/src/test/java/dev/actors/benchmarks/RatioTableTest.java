package dev.actors.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;

/** The ratio table's baselines for this library's own variants (no Pekko rows beside them). */
class RatioTableTest {

    private static final String PACKAGE = "dev.actors.benchmarks.";

    @Test
    void aRestartPolicyIsComparedWithNoneOfTheSameKindAndMethod() {
        String table = print(List.of(
                row("SupervisionBenchmark.tell", 50, "kind", "threading", "policy", "never"),
                row("SupervisionBenchmark.tell", 52, "kind", "threading", "policy", "onFailure"),
                row("SupervisionBenchmark.tell", 80, "kind", "virtual", "policy", "never"),
                row("SupervisionBenchmark.tell", 100, "kind", "virtual", "policy", "onFailure"),
                row("SupervisionBenchmark.ask", 300, "kind", "virtual", "policy", "never"),
                row("SupervisionBenchmark.ask", 330, "kind", "virtual", "policy", "onFailure")));

        assertThat(table)
                .contains("| SupervisionBenchmark.tell kind=threading | never | 50.000 | n/a | ns/op |  |  |")
                .contains("| SupervisionBenchmark.tell kind=threading | onFailure | 52.000 | n/a | ns/op | 1.04x | never |")
                .contains("| SupervisionBenchmark.tell kind=virtual | onFailure | 100 | n/a | ns/op | 1.25x | never |")
                .contains("| SupervisionBenchmark.ask kind=virtual | onFailure | 330 | n/a | ns/op | 1.10x | never |");
    }

    @Test
    void aRestartAndAnEntityAskAreComparedWithTheirBaselineMethodOfTheSameKind() {
        String table = print(List.of(
                row("RestartBenchmark.baselineTellAndAsk", 0.5, "kind", "virtual"),
                row("RestartBenchmark.restart", 5, "kind", "virtual"),
                row("RestartBenchmark.baselineTellAndAsk", 0.25, "kind", "threading"),
                row("RestartBenchmark.restart", 1, "kind", "threading"),
                row("EntityBenchmark.baselineActorRefAsk", 0.4, "kind", "virtual"),
                row("EntityBenchmark.entityRefAsk", 0.44, "kind", "virtual")));

        assertThat(table)
                .contains("| RestartBenchmark.restart | virtual | 5.000 | n/a | ns/op | 10.00x | baselineTellAndAsk |")
                .contains("| RestartBenchmark.restart | threading | 1.000 | n/a | ns/op | 4.00x | baselineTellAndAsk |")
                .contains("| EntityBenchmark.entityRefAsk | virtual | 0.440 | n/a | ns/op | 1.10x | baselineActorRefAsk |");
    }

    @Test
    void aContextSettingIsComparedWithContextOff() {
        String table = print(List.of(
                row("SpringObservationBenchmark.tell", 100, "context", "off"),
                row("SpringObservationBenchmark.tell", 170, "context", "propagation")));

        assertThat(table).contains("| SpringObservationBenchmark.tell | propagation | 170 | n/a | ns/op | 1.70x | off |");
    }

    @Test
    void aBaselineMethodIsComparedOnlyWithRowsOfItsModeAndUnit() {
        String table = print(List.of(
                BenchmarkRow.of(PACKAGE + "ClusterBenchmark.baselineLocalEntitiesAsk", Mode.AverageTime, Map.of(), 2,
                        Double.NaN, "us/op"),
                BenchmarkRow.of(PACKAGE + "ClusterBenchmark.localOwnerAsk", Mode.AverageTime, Map.of(), 2.4, Double.NaN,
                        "us/op"),
                BenchmarkRow.of(PACKAGE + "ClusterBenchmark.remoteTell", Mode.AverageTime, Map.of(), 9000, Double.NaN,
                        "ns/op"),
                BenchmarkRow.of(PACKAGE + "ClusterBenchmark.remoteAsk16Callers", Mode.Throughput, Map.of(), 5000,
                        Double.NaN, "ops/s")));

        assertThat(table)
                .contains("| ClusterBenchmark.localOwnerAsk |  | 2.400 | n/a | us/op | 1.20x | baselineLocalEntitiesAsk |")
                .contains("| ClusterBenchmark.remoteTell |  | 9,000 | n/a | ns/op |  |  |")
                .contains("| ClusterBenchmark.remoteAsk16Callers |  | 5,000 | n/a | ops/s |  |  |");
    }

    private static BenchmarkRow row(String benchmark, double score, String... params) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            byName.put(params[i], params[i + 1]);
        }
        return BenchmarkRow.of(PACKAGE + benchmark, Mode.AverageTime, byName, score, Double.NaN, "ns/op");
    }

    private static String print(List<BenchmarkRow> rows) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        RatioTable.print(rows, new PrintStream(printed, true, StandardCharsets.UTF_8));
        return printed.toString(StandardCharsets.UTF_8);
    }
}
