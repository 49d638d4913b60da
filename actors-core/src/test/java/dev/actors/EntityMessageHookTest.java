package dev.actors;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entity message carries its sender's context (the registry's {@link MessageHook}), also when
 * it had to wait for its incarnation and was finally sent from another thread.
 */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class EntityMessageHookTest {

    private static final ThreadLocal<String> CALLER = new ThreadLocal<>();

    private final EntityWorld world;

    EntityMessageHookTest(ActorRuntime runtime) {
        world = new EntityWorld(runtime, EntitySettings.defaults().withIdleTimeout(Duration.ofMillis(20)));
        world.registry.setMessageHook(new MessageHook() {
            @Override
            public Object capture(ActorRef<?> recipient, Kind kind) {
                return CALLER.get();
            }

            @Override
            public Scope restore(ActorRef<?> recipient, Kind kind, Object captured) {
                String previous = CALLER.get();
                CALLER.set((String) captured);
                return failure -> CALLER.set(previous);
            }
        });
    }

    @AfterEach
    void stopAll() {
        CountDownLatch gate = world.stopGate;
        if (gate != null) {
            gate.countDown();
        }
        world.registry.stopAll(TIMEOUT);
        CALLER.remove();
    }

    @Test
    void aMessageToALiveEntityCarriesItsSendersContext() {
        world.entities.tell("a", "first");
        CALLER.set("alice");

        assertThat(world.entities.ask("a", new Caller()).get(TIMEOUT)).isEqualTo("alice");
    }

    @Test
    void aMessageThatWaitedForTheNextIncarnationCarriesItsSendersContext() {
        world.stopGate = new CountDownLatch(1);
        world.entities.tell("a", "first");
        Waits.awaitLatch(world.stopEntered); // passivated, its onStop waits: the next message waits for its end
        CALLER.set("alice");
        ActorFuture<Object> reply = world.entities.ask("a", new Caller());
        CALLER.set("bob");

        world.stopGate.countDown(); // the old incarnation's thread starts the next one and sends it what waited

        assertThat(reply.get(TIMEOUT)).isEqualTo("alice");
    }

    /** Asks the entity which sender's context its handler sees. */
    record Caller() implements Supplier<Object> {
        @Override
        public Object get() {
            return CALLER.get();
        }
    }
}
