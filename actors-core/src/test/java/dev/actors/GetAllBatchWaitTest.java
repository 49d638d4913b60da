package dev.actors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * {@link ActorFuture#getAll}: many pending replies are waited for with one park of the caller
 * (parked on a {@link BatchWait}, not on each future in turn), with Pykka's outcomes kept:
 * values in order, a timeout when one never completes, an interrupt reported, a self-wait refused.
 */
class GetAllBatchWaitTest {

    private final ActorRegistry registry = new ActorRegistry();

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    private static List<ThreadingFuture<Integer>> pending(int count) {
        return IntStream.range(0, count).mapToObj(i -> new ThreadingFuture<Integer>()).toList();
    }

    @Test
    void theCallerParksOnceOnTheBatchWhileManyArePending() {
        List<ThreadingFuture<Integer>> futures = pending(100);
        Thread[] caller = new Thread[1];
        CompletableFuture<List<Integer>> values = Waits.inNewThread(() -> {
            caller[0] = Thread.currentThread();
            return ActorFuture.getAll(futures, TIMEOUT);
        });
        await().atMost(TIMEOUT).until(() -> caller[0] != null && LockSupport.getBlocker(caller[0]) instanceof BatchWait);
        for (int i = futures.size() - 1; i >= 0; i--) {
            assertThat(LockSupport.getBlocker(caller[0])).isInstanceOf(BatchWait.class);
            futures.get(i).set(i);
        }
        assertThat(values).succeedsWithin(TIMEOUT).isEqualTo(IntStream.range(0, 100).boxed().toList());
    }

    @Test
    void repliesOfManyActorsComeBackInOrder() {
        List<ActorRef<Actor>> actors = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ActorRuntime runtime = i % 2 == 0 ? ActorRuntime.THREADING : ActorRuntime.VIRTUAL_THREADS;
            actors.add(runtime.start(registry, new Script().onReceive((actor, message) -> message)));
        }
        for (int round = 0; round < 20; round++) {
            List<ActorFuture<Object>> replies = new ArrayList<>();
            for (int i = 0; i < actors.size(); i++) {
                replies.add(actors.get(i).ask(round * 1000 + i));
            }
            int base = round * 1000;
            assertThat(ActorFuture.getAll(replies, TIMEOUT))
                    .containsExactlyElementsOf(IntStream.range(0, actors.size()).mapToObj(i -> (Object) (base + i)).toList());
        }
    }

    @Test
    void aFutureThatNeverCompletesTimesOutAfterTheOthers() {
        List<ThreadingFuture<Integer>> futures = pending(3);
        futures.get(0).set(0);
        CompletableFuture<List<Integer>> values = Waits.inNewThread(() -> ActorFuture.getAll(futures, Duration.ofMillis(50)));
        futures.get(2).set(2);
        assertThat(values).failsWithin(TIMEOUT).withThrowableThat().havingCause().isInstanceOf(ActorTimeoutException.class);
    }

    @Test
    void anInterruptWhileWaitingIsReportedAsForOneGet() {
        List<ThreadingFuture<Integer>> futures = pending(5);
        Thread[] caller = new Thread[1];
        CompletableFuture<List<Integer>> values = Waits.inNewThread(() -> {
            caller[0] = Thread.currentThread();
            return ActorFuture.getAll(futures, null);
        });
        await().atMost(TIMEOUT).until(() -> caller[0] != null && LockSupport.getBlocker(caller[0]) instanceof BatchWait);
        caller[0].interrupt();
        assertThat(values).failsWithin(TIMEOUT).withThrowableThat().havingCause()
                .isInstanceOf(ActorExecutionException.class).havingCause().isInstanceOf(InterruptedException.class);
    }

    @Test
    void getAllOfRepliesOnlyTheCallersOwnActorCanProduceFailsAtOnce() {
        ActorRef<Actor> self = ActorRuntime.VIRTUAL_THREADS.start(registry, new Script().onReceive((actor, message) -> {
            if ("fan".equals(message)) {
                List<ActorFuture<Object>> own = List.of(actor.self().ask("a"), actor.self().ask("b"));
                return ActorFuture.getAll(own, TIMEOUT);
            }
            return message;
        }));
        assertThatThrownBy(() -> self.ask("fan").get(TIMEOUT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside its own handler");
    }
    @Test
    void aFutureDoneOnlyAfterItsTurnRanOutTimesOutAsInPykka() {
        List<ThreadingFuture<Integer>> futures = pending(3);
        futures.get(0).set(0);
        // completes at least 300 ms after the others were done: its turn (50 ms) ran out long before
        CompletableFuture.delayedExecutor(300, java.util.concurrent.TimeUnit.MILLISECONDS).execute(() -> futures.get(1).set(1));
        futures.get(2).set(2);
        CompletableFuture<List<Integer>> values = Waits.inNewThread(() -> ActorFuture.getAll(futures, Duration.ofMillis(50)));
        assertThat(values).failsWithin(TIMEOUT).withThrowableThat().havingCause().isInstanceOf(ActorTimeoutException.class);
    }

    @Test
    void anAlreadyFailedFirstFutureIsThrownWithoutWaitingForTheOthers() {
        List<ThreadingFuture<Integer>> futures = pending(3);
        IllegalStateException failure = new IllegalStateException("first failed");
        futures.get(0).setException(failure);
        CompletableFuture<List<Integer>> values = Waits.inNewThread(() -> ActorFuture.getAll(futures, null));
        assertThat(values).failsWithin(TIMEOUT).withThrowableThat().havingCause().isSameAs(failure);
    }

    @Test
    void aFailureInOrderIsThrownAsSoonAsTheFuturesBeforeItAreDoneWhileLaterOnesStayPending() {
        List<ThreadingFuture<Integer>> futures = pending(4);
        Thread[] caller = new Thread[1];
        CompletableFuture<List<Integer>> values = Waits.inNewThread(() -> {
            caller[0] = Thread.currentThread();
            return ActorFuture.getAll(futures, null);
        });
        await().atMost(TIMEOUT).until(() -> caller[0] != null && LockSupport.getBlocker(caller[0]) instanceof BatchWait);
        IllegalStateException failure = new IllegalStateException("second failed");
        futures.get(1).setException(failure);
        futures.get(0).set(0); // futures 2 and 3 never complete
        assertThat(values).failsWithin(TIMEOUT).withThrowableThat().havingCause().isSameAs(failure);
    }
}
