package dev.actors.spring.observation;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.MessageHook;
import dev.actors.MessageHook.Kind;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class ContextPropagatingMessageHookTests {

    private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

    private final ActorRegistry actors = new ActorRegistry();

    private final ActorRef<Recipient> recipient = actors.start(new Recipient());

    private final ActorThread actorThread = new ActorThread();

    @AfterEach
    void stop() throws InterruptedException {
        MDC.clear();
        TENANT.remove();
        actorThread.close();
        actors.stopAll(Duration.ofSeconds(10));
    }

    @Test
    void carriesTheSendersMdcAndRegisteredThreadLocalsIntoTheHandlingOnlyAndRestoresTheActorThreadsOwnAfter() throws Exception {
        ContextRegistry registry = new ContextRegistry().registerThreadLocalAccessor("tenant", TENANT);
        MessageHook hook = new ContextPropagatingMessageHook(ContextSnapshotFactory.builder().contextRegistry(registry).build(),
                registry);
        actorThread.call(() -> {
            MDC.put("thread", "actor's own");
            return null;
        });
        MDC.put("request.id", "r-1");
        TENANT.set("acme");
        Object captured = hook.capture(recipient, Kind.TELL);

        Map<String, Object> inside = actorThread.call(() -> {
            MessageHook.Scope scope = hook.restore(recipient, Kind.TELL, captured);
            Map<String, Object> seen = Map.of("mdc", MDC.getCopyOfContextMap(), "tenant", TENANT.get());
            scope.close(null);
            return seen;
        });
        assertThat(inside).containsEntry("mdc", Map.of("request.id", "r-1")).containsEntry("tenant", "acme");
        assertThat(actorThread.call(() -> Map.of("mdc", MDC.getCopyOfContextMap(), "tenant", String.valueOf(TENANT.get()))))
                .containsEntry("mdc", Map.of("thread", "actor's own")).containsEntry("tenant", "null");
    }

    @Test
    void theValuesAreThoseOfTheSenderWhenItSentNotThoseOfALaterCallerNorItsOwnLaterOnes() throws Exception {
        MessageHook hook = new ContextPropagatingMessageHook();
        CountDownLatch firstSent = new CountDownLatch(1);
        ExecutorService secondCaller = Executors.newSingleThreadExecutor();
        try {
            Future<Object> secondCapture = secondCaller.submit(() -> {
                if (!firstSent.await(10, TimeUnit.SECONDS)) {
                    throw new TimeoutException("the first caller never sent");
                }
                MDC.put("caller", "second");
                return hook.capture(recipient, Kind.ASK);
            });
            MDC.put("caller", "first");
            Object firstCapture = hook.capture(recipient, Kind.ASK);
            firstSent.countDown();
            Object secondCaptured = secondCapture.get(10, TimeUnit.SECONDS);
            MDC.put("caller", "first, later");

            assertThat(callerSeenInside(hook, firstCapture)).isEqualTo("first");
            assertThat(callerSeenInside(hook, secondCaptured)).isEqualTo("second");
        }
        finally {
            secondCaller.shutdownNow();
        }
    }
    @Test
    void leavesTheMdcToAnMdcAccessorTheApplicationRegistered() throws Exception {
        ContextRegistry registry = new ContextRegistry()
                .registerThreadLocalAccessor(new Slf4jThreadLocalAccessor("request.id"));
        ContextPropagatingMessageHook hook = new ContextPropagatingMessageHook(
                ContextSnapshotFactory.builder().contextRegistry(registry).build(), registry);
        assertThat(hook.carriesMdc()).isFalse();
        assertThat(new ContextPropagatingMessageHook(ContextSnapshotFactory.builder().build(), new ContextRegistry())
                .carriesMdc()).isTrue();

        MDC.put("request.id", "r-2");
        MDC.put("not.selected", "stays home");
        Object captured = hook.capture(recipient, Kind.CALL);
        Map<String, String> inside = actorThread.call(() -> {
            MessageHook.Scope scope = hook.restore(recipient, Kind.CALL, captured);
            Map<String, String> seen = MDC.getCopyOfContextMap();
            scope.close(null);
            return seen;
        });
        assertThat(inside).isEqualTo(Map.of("request.id", "r-2"));
    }

    @Test
    void aSenderWithNothingToCarryLeavesTheActorThreadAsItWas() throws Exception {
        MessageHook hook = new ContextPropagatingMessageHook();
        Object captured = hook.capture(recipient, Kind.TELL);
        assertThat(actorThread.call(() -> {
            MessageHook.Scope scope = hook.restore(recipient, Kind.TELL, captured);
            Map<String, String> seen = MDC.getCopyOfContextMap();
            scope.close(new IllegalStateException("handler failed"));
            return seen == null && MDC.getCopyOfContextMap() == null;
        })).isTrue();
    }

    private String callerSeenInside(MessageHook hook, Object captured) throws Exception {
        return actorThread.call(() -> {
            MessageHook.Scope scope = hook.restore(recipient, Kind.ASK, captured);
            try {
                return MDC.get("caller");
            }
            finally {
                scope.close(null);
            }
        });
    }
}
