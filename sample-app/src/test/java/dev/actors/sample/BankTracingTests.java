package dev.actors.sample;

import java.time.Duration;
import java.util.List;

import ch.qos.logback.classic.spi.ILoggingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample's tracing as a user sees it in the log: a large transfer's request, the
 * transfer coordinator's line and the notifier's alert share one trace id, each actor line
 * its own span's id, and the spans are written to the log by the sample's exporter.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "bank.demo-accounts=false", "bank.large-transfer-alert-cents=6000" })
@AutoConfigureTestRestTemplate
@DirtiesContext
class BankTracingTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    private TestRestTemplate http;

    @Test
    void theLogLinesInsideTheActorsCarryTheRequestsTraceIdAndTheirOwnSpansId() {
        BankApiClient bank = new BankApiClient(http);
        String alice = bank.open("Alice", 50_000).id();
        String bob = bank.open("Bob", 0).id();
        try (CapturedLog coordinatorLog = new CapturedLog("dev.actors.sample.bank.transfer.TransferCoordinator");
                CapturedLog notifierLog = new CapturedLog("dev.actors.sample.bank.notify.Notifier");
                CapturedLog spanLog = new CapturedLog("dev.actors.sample.tracing")) {
            assertThat(bank.transfer(alice, bob, 6_000).getStatusCode()).isEqualTo(HttpStatus.OK);

            ILoggingEvent inCoordinator = await().atMost(WAIT).until(() -> first(coordinatorLog, "is large"),
                    event -> event != null);
            ILoggingEvent inNotifier = await().atMost(WAIT).until(() -> first(notifierLog, "Compliance alert"),
                    event -> event != null);
            String traceId = inCoordinator.getMDCPropertyMap().get("traceId");
            assertThat(traceId).isNotBlank();
            assertThat(inNotifier.getMDCPropertyMap()).containsEntry("traceId", traceId)
                    .containsEntry("actor.class", "dev.actors.sample.bank.notify.Notifier");
            assertThat(inCoordinator.getMDCPropertyMap())
                    .containsEntry("actor.class", "dev.actors.sample.bank.transfer.TransferCoordinator");
            String coordinatorSpan = inCoordinator.getMDCPropertyMap().get("spanId");
            String notifierSpan = inNotifier.getMDCPropertyMap().get("spanId");
            assertThat(notifierSpan).isNotEqualTo(coordinatorSpan);

            await().atMost(WAIT).untilAsserted(() -> assertThat(messages(spanLog)).anySatisfy(span -> assertThat(span)
                    .startsWith("Span 'tell Notifier' trace=" + traceId + " span=" + notifierSpan + " parent=" + coordinatorSpan)));
            assertThat(messages(spanLog)).anySatisfy(span -> assertThat(span)
                    .startsWith("Span 'call TransferCoordinator' trace=" + traceId + " span=" + coordinatorSpan));
        }
    }

    private static ILoggingEvent first(CapturedLog log, String text) {
        return log.events().stream().filter(event -> event.getFormattedMessage().contains(text)).findFirst().orElse(null);
    }

    private static List<String> messages(CapturedLog log) {
        return log.events().stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
