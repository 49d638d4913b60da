package dev.actors.spring.readme;

import java.time.Duration;

import dev.actors.ActorDeadException;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.RestartPolicy;
import dev.actors.VirtualThreadActor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The README's core lines on restart policies and dead letters compile and do what their
 * comments say (here, in the starter's tests, next to the README's other examples: core's
 * own tests are another module's).
 */
@ExtendWith(OutputCaptureExtension.class)
class SupervisionReadmeTests {

    @Test
    void aRestartPolicyAndADeadLetterListenerAsTheReadmeShowsThem(CapturedOutput output) throws Exception {
        // README example: keep in sync with README.md
        class Mailer extends VirtualThreadActor {
            @Override
            protected RestartPolicy restartPolicy() {             // default never(): a failed tell stops it
                return RestartPolicy.onFailure()                  // at most 3 restarts within a minute,
                        .withBackoff(Duration.ofMillis(100), Duration.ofSeconds(10)); // after 100 ms, doubling to 10 s
            }
        }

        ActorRegistry registry = new ActorRegistry();
        ActorRef<Mailer> mailer = registry.startFrom(Mailer::new);          // each restart calls the factory again
        AutoCloseable listening = registry.addDeadLetterListener(dead ->    // REFUSED, DROPPED or FAILED
                System.out.println(dead.reason() + ": " + dead.message() + " for " + dead.recipient()));
        // End of the README example.

        assertThat(new Mailer().restartPolicy()).isEqualTo(RestartPolicy.onFailure()
                .withMaxRestarts(3, Duration.ofMinutes(1)).withBackoff(Duration.ofMillis(100), Duration.ofSeconds(10)));
        assertThatThrownBy(() -> registry.start(new Mailer())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("start it from a factory");
        mailer.stop(Duration.ofSeconds(10));
        assertThatThrownBy(() -> mailer.tell("too late")).isInstanceOf(ActorDeadException.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> output.toString().contains("REFUSED: too late for Mailer ("));
        listening.close();
    }
}
