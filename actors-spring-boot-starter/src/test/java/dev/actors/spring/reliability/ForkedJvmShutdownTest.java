package dev.actors.spring.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actors.spring.reliability.app.StuckActorsApplication;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Spring Boot application whose actors are stuck (in {@code onStop}, in a handler, ignoring
 * interrupts; non-daemon {@code ThreadingActor}s and a {@code VirtualThreadActor}) runs in a
 * child JVM. Stopping it must take about {@code actors.shutdown-timeout}, name the laggards,
 * and end the JVM: actor threads never keep a stopped application alive.
 */
class ForkedJvmShutdownTest {

    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(1);
    /** Close of the rest of the context, JVM exit, and a loaded CI machine. */
    private static final Duration MARGIN = Duration.ofSeconds(4);
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final String[] LAGGARDS = {"'stuckInOnStop'", "'stuckInHandler'", "'slowVirtualStopper'"};

    @Test
    @Timeout(120)
    void sigtermEndsTheJvmWithinTheShutdownTimeoutAndNamesTheLaggards() throws Exception {
        try (ChildJvm child = start("wait")) {
            assertThat(child.awaitLine(STARTUP)).as("READY printed; output:%n%s", child.output()).isTrue();

            long began = System.nanoTime();
            child.terminate();
            boolean exited = child.awaitExit(SHUTDOWN_TIMEOUT.plus(MARGIN));
            Duration took = Duration.ofNanos(System.nanoTime() - began);

            assertThat(exited).as("JVM exited within %s of SIGTERM; output:%n%s", SHUTDOWN_TIMEOUT.plus(MARGIN),
                    child.output()).isTrue();
            System.out.println("[shutdown] SIGTERM to exit: " + took.toMillis() + " ms");
            assertThat(child.output()).contains("had not stopped within actors.shutdown-timeout (PT1S)")
                    .contains(LAGGARDS);
        }
    }

    @Test
    @Timeout(120)
    void closingTheContextFromMainEndsTheJvmAlthoughNonDaemonActorThreadsAreStuck() throws Exception {
        try (ChildJvm child = start("close")) {
            assertThat(child.awaitLine(STARTUP)).as("READY printed; output:%n%s", child.output()).isTrue();

            long began = System.nanoTime();
            boolean exited = child.awaitExit(SHUTDOWN_TIMEOUT.plus(MARGIN));
            Duration took = Duration.ofNanos(System.nanoTime() - began);

            assertThat(exited).as("JVM exited within %s of main closing the context; output:%n%s",
                    SHUTDOWN_TIMEOUT.plus(MARGIN), child.output()).isTrue();
            System.out.println("[shutdown] close() to exit: " + took.toMillis() + " ms");
            assertThat(child.output()).contains("CLOSED in").contains(LAGGARDS);
        }
    }

    private static ChildJvm start(String mode) throws Exception {
        return ChildJvm.start(StuckActorsApplication.class, "READY", mode,
                "--actors.shutdown-timeout=" + SHUTDOWN_TIMEOUT.toMillis() + "ms", "--spring.main.banner-mode=off");
    }
}
