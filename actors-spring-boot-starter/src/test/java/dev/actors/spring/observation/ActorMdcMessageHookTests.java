package dev.actors.spring.observation;

import java.time.Duration;
import java.util.Map;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.MessageHook;
import dev.actors.MessageHook.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class ActorMdcMessageHookTests {

    private final ActorRegistry actors = new ActorRegistry();

    private final ActorRef<Recipient> recipient = actors.start(new Recipient());

    private final MessageHook hook = new ActorMdcMessageHook();

    @AfterEach
    void stop() {
        MDC.clear();
        actors.stopAll(Duration.ofSeconds(10));
    }

    @Test
    void putsTheActorsUrnAndClassWhileItHandlesAndRemovesThemAfter() {
        MDC.put("request.id", "r-1");
        MessageHook.Scope scope = hook.restore(recipient, Kind.TELL, hook.capture(recipient, Kind.TELL));
        assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("request.id", "r-1", "actor.urn", recipient.actorUrn(),
                "actor.class", Recipient.class.getName()));
        scope.close(new IllegalStateException("handler failed"));
        assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("request.id", "r-1"));
    }

    @Test
    void givesBackTheValuesASendingActorLeftInTheMdc() {
        MDC.put("actor.urn", "urn:uuid:the-sender");
        MDC.put("actor.class", "com.example.Sender");
        MessageHook.Scope scope = hook.restore(recipient, Kind.TELL, null);
        assertThat(MDC.get("actor.urn")).isEqualTo(recipient.actorUrn());
        scope.close(null);
        assertThat(MDC.getCopyOfContextMap())
                .isEqualTo(Map.of("actor.urn", "urn:uuid:the-sender", "actor.class", "com.example.Sender"));
    }
}
