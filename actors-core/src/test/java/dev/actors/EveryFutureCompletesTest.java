package dev.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.actors.Waits.TIMEOUT;
import static dev.actors.Waits.awaitLatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Beyond Pykka: every future handed out completes. A message racing with stop is processed or its
 * future fails with {@link ActorDeadException}; nothing told before the stop request is dropped.
 */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class EveryFutureCompletesTest {

    private final ActorRuntime runtime;
    private final ActorRegistry registry = new ActorRegistry();

    EveryFutureCompletesTest(ActorRuntime runtime) {
        this.runtime = runtime;
    }

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    @Test
    void everyTellSentBeforeTheStopRequestIsProcessed() throws InterruptedException {
        AtomicInteger handled = new AtomicInteger();
        ActorRef<Actor> ref = runtime.start(registry, new Script().onReceive((actor, message) -> handled.incrementAndGet()));
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            senders.add(Thread.ofPlatform().start(() -> {
                for (int n = 0; n < 1_000; n++) {
                    ref.tell(n);
                }
            }));
        }
        for (Thread sender : senders) {
            sender.join(TIMEOUT.toMillis());
        }

        assertThat(ref.stop(TIMEOUT)).isTrue();

        assertThat(handled).hasValue(4_000);
    }

    @RepeatedTest(10)
    void asksRacingWithStopAreAnsweredOrFailWithActorDeadException() throws InterruptedException {
        ActorRef<Actor> ref = runtime.start(registry, new Script().onReceive((actor, message) -> message));
        List<ActorFuture<Object>> futures = new ArrayList<>();
        CountDownLatch someSent = new CountDownLatch(1);
        Thread sender = Thread.ofPlatform().start(() -> {
            for (int n = 0; n < 20_000; n++) {
                ActorFuture<Object> future = ref.ask(n);
                futures.add(future);
                if (n == 100) {
                    someSent.countDown();
                }
                if (!ref.isAlive() && future.isDone()) {
                    return;
                }
            }
        });
        awaitLatch(someSent);

        ActorFuture<Boolean> stopped = ref.stopAsync();
        sender.join(TIMEOUT.toMillis());

        assertThat(stopped.get(TIMEOUT)).isTrue();
        assertThat(sender.isAlive()).isFalse();
        for (int n = 0; n < futures.size(); n++) {
            int index = n;
            Throwable outcome = catchThrowable(() -> assertThat(futures.get(index).get(TIMEOUT)).isEqualTo(index));
            if (n <= 100) {
                assertThat(outcome).as("future %d, asked before the stop request", n).isNull();
            } else if (outcome != null) {
                assertThat(outcome).as("future %d", n).isInstanceOf(ActorDeadException.class);
            }
        }
    }

    @Test
    void concurrentStopsAllReturn() throws InterruptedException {
        ActorRef<Actor> ref = runtime.start(registry);
        List<Boolean> results = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> stoppers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            stoppers.add(Thread.ofPlatform().start(() -> results.add(ref.stop(TIMEOUT))));
        }
        for (Thread stopper : stoppers) {
            stopper.join(TIMEOUT.toMillis());
        }

        assertThat(results).hasSize(8).contains(true);
        assertThat(ref.isAlive()).isFalse();
    }

    @Test
    void askingADeadActorNeverHangs() {
        ActorRef<Actor> ref = runtime.start(registry);
        ref.stop(TIMEOUT);

        ActorFuture<Object> future = ref.ask("anything");

        assertThat(future.isDone()).isTrue();
        assertThat(catchThrowable(future::get)).isInstanceOf(ActorDeadException.class);
    }
}
