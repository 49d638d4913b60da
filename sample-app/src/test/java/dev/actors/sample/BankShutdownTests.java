package dev.actors.sample;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the application as {@code main} would (default configuration, demo accounts),
 * closes it as the JVM's shutdown hook would, and checks from the real log that every actor
 * logged its stop at INFO, last started first.
 */
class BankShutdownTests {

    @Test
    void closingTheApplicationStopsEveryActorLastStartedFirstAndLogsEachStop() {
        List<String> startOrder;
        try (CapturedLog log = new CapturedLog("dev.actors.sample")) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(BankApplication.class)
                    .properties("server.port=0").run();
            try {
                startOrder = context.getBean(ActorRegistry.class).getAll().stream().map(ActorRef::actorUrn).toList();
                assertThat(startOrder).hasSize(4 + 4 + 3);
            }
            finally {
                context.close();
            }

            List<String> stopOrder = log.events().stream()
                    .filter(event -> event.getLevel() == Level.INFO && event.getMessage().startsWith("Stopped"))
                    .flatMap(event -> Stream.of(event.getArgumentArray()))
                    .map(argument -> argument instanceof dev.actors.Actor actor ? actor.actorUrn() : null)
                    .filter(Objects::nonNull)
                    // Only this application's actors: another test's context, still cached in this
                    // JVM, may passivate its account entities (and log their stops) meanwhile.
                    .filter(startOrder::contains)
                    .toList();
            assertThat(stopOrder).isEqualTo(startOrder.reversed());
        }
    }
}
