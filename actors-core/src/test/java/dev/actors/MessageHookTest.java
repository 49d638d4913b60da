package dev.actors;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.actors.Waits.TIMEOUT;
import static dev.actors.Waits.awaitLatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The registry's {@link MessageHook}: captured on the sender's thread, restored on the actor's
 * thread around exactly that message, closed with the outcome; a throwing hook loses nothing.
 */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class MessageHookTest {

    private static final ThreadLocal<String> CALLER = new ThreadLocal<>();

    private final ActorRuntime runtime;
    private final ActorRegistry registry = new ActorRegistry();
    private final List<String> journal = new CopyOnWriteArrayList<>();

    MessageHookTest(ActorRuntime runtime) {
        this.runtime = runtime;
    }

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    /** Carries {@link #CALLER} and journals each step with the thread-local seen there. */
    private final class CallerHook implements MessageHook {
        @Override
        public Object capture(ActorRef<?> recipient, Kind kind) {
            return CALLER.get();
        }

        @Override
        public Scope restore(ActorRef<?> recipient, Kind kind, Object captured) {
            String previous = CALLER.get();
            CALLER.set((String) captured);
            journal.add("restore " + kind + " " + captured);
            return failure -> {
                journal.add("close " + kind + " " + (failure == null ? "ok" : failure.getMessage()));
                CALLER.set(previous);
            };
        }
    }

    private ActorRef<Actor> echoingCaller() {
        return runtime.start(registry, new Script().onReceive((actor, message) -> {
            if ("boom".equals(message)) {
                throw new IllegalStateException("boom");
            }
            journal.add("handle " + message + " as " + CALLER.get());
            return CALLER.get();
        }));
    }

    @Test
    void valuesCapturedAtSendAreThoseInsideTheHandler() {
        registry.setMessageHook(new CallerHook());
        ActorRef<Actor> actor = echoingCaller();
        CALLER.set("alice");
        try {
            assertThat(actor.<String>ask("a").get(TIMEOUT)).isEqualTo("alice");
            CALLER.set("bob");
            actor.tell("t");
            assertThat(actor.proxy().call(a -> CALLER.get()).get(TIMEOUT)).isEqualTo("bob");
        } finally {
            CALLER.remove();
        }
        assertThat(journal).containsExactly(
                "restore ASK alice", "handle a as alice", "close ASK ok",
                "restore TELL bob", "handle t as bob", "close TELL ok",
                "restore CALL bob", "close CALL ok");
    }

    @Test
    void theScopeIsClosedWithTheHandlersFailure() {
        registry.setMessageHook(new CallerHook());
        ActorRef<Actor> actor = echoingCaller();
        assertThat(actor.ask("boom").toCompletableFuture()).failsWithin(TIMEOUT);
        assertThat(journal).containsExactly("restore ASK null", "close ASK boom");
    }

    @Test
    void withoutAHookNothingIsCapturedAndTheThreadLocalDoesNotTravel() {
        ActorRef<Actor> actor = echoingCaller();
        CALLER.set("alice");
        try {
            assertThat(actor.<String>ask("a").get(TIMEOUT)).isNull();
        } finally {
            CALLER.remove();
        }
        assertThat(registry.messageHook()).isNull();
    }

    @Test
    void aThrowingHookLosesNoMessageAndHarmsNoActor() {
        registry.setMessageHook(new MessageHook() {
            @Override
            public Object capture(ActorRef<?> recipient, Kind kind) {
                throw new IllegalStateException("capture broken");
            }

            @Override
            public Scope restore(ActorRef<?> recipient, Kind kind, Object captured) {
                return failure -> {
                    throw new IllegalStateException("close broken");
                };
            }
        });
        CountDownLatch told = new CountDownLatch(1);
        ActorRef<Actor> actor = runtime.start(registry, new Script().onReceive((self, message) -> {
            if ("tell".equals(message)) {
                told.countDown();
            }
            return message;
        }));
        actor.tell("tell");
        awaitLatch(told);
        assertThat(actor.<String>ask("ask").get(TIMEOUT)).isEqualTo("ask");
        registry.setMessageHook(new MessageHook() {
            @Override
            public Object capture(ActorRef<?> recipient, Kind kind) {
                return null;
            }

            @Override
            public Scope restore(ActorRef<?> recipient, Kind kind, Object captured) {
                throw new IllegalStateException("restore broken");
            }
        });
        assertThat(actor.<String>ask("again").get(TIMEOUT)).isEqualTo("again");
        await().atMost(TIMEOUT).until(actor::isAlive);
    }
    @Test
    void anIdleActorKeepsNothingItsLastMessageCaptured() {
        List<java.lang.ref.WeakReference<Object>> captured = new CopyOnWriteArrayList<>();
        registry.setMessageHook(new MessageHook() {
            @Override
            public Object capture(ActorRef<?> recipient, Kind kind) {
                Object context = new byte[1024];
                captured.add(new java.lang.ref.WeakReference<>(context));
                return context;
            }

            @Override
            public Scope restore(ActorRef<?> recipient, Kind kind, Object context) {
                return failure -> { };
            }
        });
        ActorRef<Actor> actor = runtime.start(registry, new Script().onReceive((self, message) -> message));
        assertThat(actor.<String>ask("only").get(TIMEOUT)).isEqualTo("only");
        await().atMost(TIMEOUT).until(() -> {
            System.gc();
            return captured.get(0).get() == null;
        });
    }
}
