package dev.actors;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link ActorDebug#logThreadTracebacks()}: Pykka's {@code pykka.debug.log_thread_tracebacks}. */
class ActorDebugTest {

    static final class SleepyActor extends ThreadingActor {
    }

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private final ActorRegistry registry = new ActorRegistry();

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    @Test
    void logsTheStackOfEveryLiveThreadAtError() {
        registry.start(new SleepyActor()).ask("started").get(TIMEOUT);

        int before = logs.events(event -> true).size();

        ActorDebug.logThreadTracebacks();

        List<ILoggingEvent> all = logs.events(event -> true);
        List<ILoggingEvent> events = all.subList(before, all.size());
        assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event.getLevel()).isEqualTo(Level.ERROR));
        String stacks = String.join("\n", events.stream().map(ILoggingEvent::getFormattedMessage).toList());
        assertThat(stacks)
                .contains(Thread.currentThread().getName())
                .contains("logsTheStackOfEveryLiveThreadAtError")
                .contains("SleepyActor");
    }
}
