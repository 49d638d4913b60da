package dev.actors.spring;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.MessageHook;
import dev.actors.MessageHook.Kind;
import dev.actors.ThreadingActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompositeMessageHookTests {

    private final ActorRegistry actors = new ActorRegistry();

    private final ActorRef<Idle> recipient = actors.start(new Idle());

    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        actors.stopAll(Duration.ofSeconds(10));
    }

    @Test
    void capturesInOrderRestoresInOrderAndClosesInReverseWithEachHooksOwnCapture() {
        MessageHook composite = new CompositeMessageHook(List.of(new Recording("outer"), new Recording("inner")));
        Object captured = composite.capture(recipient, Kind.ASK);
        composite.restore(recipient, Kind.ASK, captured).close(null);
        assertThat(events).containsExactly("capture outer", "capture inner", "restore outer from outer@ask",
                "restore inner from inner@ask", "close inner", "close outer");
    }

    @Test
    void aHookWhoseRestoreThrowsLeavesTheScopesAlreadyOpenedClosed() {
        MessageHook failing = new Recording("failing") {
            @Override
            public Scope restore(ActorRef<?> actor, Kind kind, Object captured) {
                throw new IllegalStateException("restore failed");
            }
        };
        MessageHook composite = new CompositeMessageHook(List.of(new Recording("outer"), failing));
        Object captured = composite.capture(recipient, Kind.TELL);
        assertThatThrownBy(() -> composite.restore(recipient, Kind.TELL, captured))
                .isInstanceOf(IllegalStateException.class).hasMessage("restore failed");
        assertThat(events).endsWith("restore outer from outer@tell", "close outer");
    }

    private class Recording implements MessageHook {

        private final String name;

        Recording(String name) {
            this.name = name;
        }

        @Override
        public Object capture(ActorRef<?> actor, Kind kind) {
            events.add("capture " + name);
            return name + "@" + kind.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public Scope restore(ActorRef<?> actor, Kind kind, Object captured) {
            events.add("restore " + name + " from " + captured);
            return failure -> events.add("close " + name);
        }
    }

    static class Idle extends ThreadingActor {
    }
}
