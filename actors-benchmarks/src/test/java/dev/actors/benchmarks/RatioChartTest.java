package dev.actors.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The chart and the ratio tables, from a small JMH JSON result written the way JMH 1.37 writes it. */
class RatioChartTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    @TempDir
    Path dir;

    @Test
    void drawsOneGroupPerShapeWithPekkoAndOneBarPerRow() throws Exception {
        Path svg = dir.resolve("charts/chart.svg");

        int bars = RatioChart.write(sample(), svg);

        Document chart = parse(svg);
        assertThat(chart.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(chart.getDocumentElement().getNamespaceURI()).isEqualTo(SVG);
        assertThat(bars).isEqualTo(6); // the ProxyCallBenchmark row has no Pekko beside it: not drawn
        assertThat(barTitles(chart)).containsExactly(
                "threading: 30.000 ns/op, 0.50\u00d7 (2.0\u00d7 faster) vs pekko-classic-2t",
                "virtual: 238 ns/op, 3.97\u00d7 (slower) vs pekko-classic-2t",
                "pekko-classic: 90.000 ns/op, 1.50\u00d7 (slower) vs pekko-classic-2t",
                "pekko-classic-2t: 60.000 ns/op, 1.00\u00d7 (best Pekko) vs pekko-classic-2t",
                "virtual: 2,000,000 ops/s, 2.00\u00d7 (slower) vs pekko-typed-2t", // throughput: half the rate is twice the time
                "pekko-typed-2t: 4,000,000 ops/s, 1.00\u00d7 (best Pekko) vs pekko-typed-2t");
        assertThat(chart.getElementsByTagNameNS(SVG, "g").getLength()).isEqualTo(2);
        assertThat(Files.readString(svg))
                .contains("many pairs ping-pong, 10 balls in flight per pair, pairs=32   (ManyPairsBenchmark.pingPong; "
                        + "best Pekko: pekko-classic-2t, 60.000 ns/op)")
                .doesNotContain("ProxyCall");
        SvgCheck.requireChart(svg, 6);
    }

    @Test
    void aFasterBarEndsAtTheOneLineAndASlowerOneStartsThere() throws Exception {
        Path svg = dir.resolve("chart.svg");
        RatioChart.write(sample(), svg);

        List<Element> rects = bars(parse(svg));
        Element faster = rects.get(0);
        Element slower = rects.get(1);
        double oneLine = Double.parseDouble(slower.getAttribute("x"));
        assertThat(Double.parseDouble(faster.getAttribute("x")) + Double.parseDouble(faster.getAttribute("width")))
                .isCloseTo(oneLine, org.assertj.core.data.Offset.offset(0.2));
        assertThat(Double.parseDouble(faster.getAttribute("x"))).isLessThan(oneLine);
    }

    @Test
    void theTablesCompareEachShapeWithItsOwnBestPekko() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        RatioTable.print(JmhJson.read(sample()), new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("| ManyPairsBenchmark.pingPong pairs=32 | virtual | 238 | n/a | ns/op | 3.97x | pekko-classic-2t |")
                .contains("| ManyPairsBenchmark.pingPong pairs=32 | threading | 30.000 | 1.500 | ns/op | 0.50x | pekko-classic-2t |")
                .contains("| shape | unit | threading (vs best Pekko) | virtual (vs best Pekko) | best Pekko |")
                .contains("| ManyPairsBenchmark.pingPong pairs=32 | ns/op | 30.000 (0.50x) | 238 (3.97x) | 60.000 (pekko-classic-2t) |")
                .contains("| PingPongBenchmark.pingPong | ops/s |  | 2,000,000 (2.00x) | 4,000,000 (pekko-typed-2t) |");
    }

    @Test
    void aFileThatIsNotAJmhResultIsNamedInTheFailure() throws Exception {
        Path notJmh = Files.writeString(dir.resolve("other.json"), "{\"benchmark\": 1}");

        assertThatThrownBy(() -> RatioChart.write(notJmh, dir.resolve("x.svg")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other.json is not a JMH JSON result");
    }

    @Test
    void theSmokeCheckRejectsAChartWithTheWrongBars() throws Exception {
        Path svg = dir.resolve("chart.svg");
        RatioChart.write(sample(), svg);

        assertThatThrownBy(() -> SvgCheck.requireChart(svg, 7))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has 6 bars, expected 7");
        Path broken = Files.writeString(dir.resolve("broken.svg"), "<svg xmlns=\"" + SVG + "\"><rect></svg>");
        assertThatThrownBy(() -> SvgCheck.requireChart(broken, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not well-formed XML");
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(RatioChartTest.class.getResource("/small-jmh-result.json").toURI());
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(svg.toFile());
    }

    private static List<Element> bars(Document chart) {
        NodeList rects = chart.getElementsByTagNameNS(SVG, "rect");
        List<Element> bars = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if ("bar".equals(rect.getAttribute("class"))) {
                bars.add(rect);
            }
        }
        return bars;
    }

    private static List<String> barTitles(Document chart) {
        return bars(chart).stream().map(bar -> bar.getElementsByTagNameNS(SVG, "title").item(0).getTextContent()).toList();
    }
}
