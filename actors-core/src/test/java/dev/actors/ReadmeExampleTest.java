package dev.actors;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The example of README.md compiles and does what its comments say. */
class ReadmeExampleTest {

    @Test
    void readmeExampleWorksAsDescribed() {
        // README example: keep in sync with README.md
        class Greeter extends VirtualThreadActor {                 // or ThreadingActor: a platform thread
            private int greeted;                                   // state that only this actor touches

            @Override
            protected Object onReceive(Object name) {              // tell and ask land here, one at a time
                greeted++;
                return "Hello, " + name + "!";
            }

            public int greeted() { return greeted; }
        }

        ActorRef<Greeter> greeter = Actor.start(new Greeter());
        greeter.tell("Ada");                                                     // fire and forget
        String reply = greeter.<String>ask("Linus").get(Duration.ofSeconds(1));  // "Hello, Linus!"
        int count = greeter.proxy().call(Greeter::greeted).get();               // 2, read in the actor's thread
        greeter.stop();                                        // handles what is queued, runs onStop(), waits
        // End of the README example.

        assertThat(reply).isEqualTo("Hello, Linus!");
        assertThat(count).isEqualTo(2);
        assertThat(greeter.isAlive()).isFalse();
        assertThat(ActorRegistry.getDefault().getAll()).doesNotContain(greeter);
    }
}
