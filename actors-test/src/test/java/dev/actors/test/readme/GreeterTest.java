package dev.actors.test.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.actors.ActorRef;
import dev.actors.test.ActorTestKit;
import dev.actors.test.TestProbe;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's "Testing actors" snippet. */
class GreeterTest {
    @RegisterExtension
    ActorTestKit kit = new ActorTestKit();              // a new ActorRegistry for each test

    @Test
    void greetsWhoeverAsks() {
        TestProbe probe = kit.probe();                  // an actor that records what it is sent
        ActorRef<Greeter> greeter = kit.registry().start(new Greeter());

        greeter.tell(new Greet("Ada", probe.ref()));

        assertThat(probe.expectMessage(String.class, Duration.ofSeconds(5))).isEqualTo("Hello, Ada!");
        probe.expectNoMessage(Duration.ofMillis(100));
    }                                                   // then the kit stops every actor of the test

    @Test
    void aNamelessGreetingKillsIt() {
        ActorRef<Greeter> greeter = kit.registry().start(new Greeter());
        kit.expectFailureOf(greeter);                   // without this the kit fails the test: the greeter dies

        greeter.tell(new Greet(" ", kit.probe().ref()));

        await().atMost(Duration.ofSeconds(5)).until(() -> !greeter.isAlive());
    }
}
