package dev.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 item 1: a {@link StackOverflowError} thrown inside {@code tell()} on the <em>sender's</em>
 * thread, wherever it strikes (before the tail is taken, between taking the tail and linking the node,
 * between the enqueue and the wake-up), must not wedge the target actor: it still handles new messages
 * and stops. The sender recurses {@code tell(d); dive(d + 1)} on a small stack until it overflows, so
 * the overflow lands at a different point of the send path each round.
 */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class SenderStackOverflowTest {

    private static final int ACTORS = 8;
    private static final int ROUNDS = 500;
    private static final long SMALL_STACK = 256 * 1024;

    private final ActorRuntime runtime;
    private final ActorRegistry registry = new ActorRegistry();

    SenderStackOverflowTest(ActorRuntime runtime) {
        this.runtime = runtime;
    }

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    /** Busy actors: the overflow mostly strikes in the enqueue. */
    @Test
    void aSenderOverflowingItsStackInsideTellNeverWedgesAnActor() throws Exception {
        List<ActorRef<Actor>> pool = startPool();
        for (int round = 0; round < ROUNDS; round++) {
            assertOverflows(round, () -> dive(pool, 0));
            assertEveryActorStillAnswers(pool, round);
        }
        assertEveryActorStops(pool);
    }

    /**
     * Idle actors (a parked ThreadingActor, a VirtualThreadActor without a thread): the sender first
     * descends close to its stack's end without sending, waits until every actor is idle, then sends, so
     * that the overflow strikes in the wake-up (unpark, thread start) as well.
     */
    @Test
    void aSenderOverflowingItsStackWhileWakingAnIdleActorNeverWedgesIt() throws Exception {
        List<ActorRef<Actor>> pool = startPool();
        int reachable = deepestDescent();
        for (int round = 0; round < ROUNDS; round++) {
            int start = reachable * (80 + round % 20) / 100; // vary where the sends begin
            assertOverflows(round, () -> descend(start, () -> {
                awaitIdle(pool);
                dive(pool, 0);
            }));
            assertEveryActorStillAnswers(pool, round);
        }
        assertEveryActorStops(pool);
    }

    private List<ActorRef<Actor>> startPool() {
        List<ActorRef<Actor>> pool = new ArrayList<>();
        for (int i = 0; i < ACTORS; i++) {
            pool.add(runtime.start(registry, new Script().onReceive((actor, message) -> message)));
        }
        return pool;
    }

    private static void assertOverflows(int round, Runnable deepWork) throws Exception {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread sender = new Thread(null, () -> {
            try {
                deepWork.run();
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        }, "deep-sender-" + round, SMALL_STACK);
        sender.start();
        assertThat(outcome.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                .as("round %d: the sender ends with a StackOverflowError", round).isInstanceOf(StackOverflowError.class);
        sender.join(TIMEOUT.toMillis());
    }

    private static void assertEveryActorStillAnswers(List<ActorRef<Actor>> pool, int round) {
        for (ActorRef<Actor> ref : pool) {
            assertThat(ref.<Object>ask("alive?").get(TIMEOUT))
                    .as("round %d: %s still handles new messages", round, ref).isEqualTo("alive?");
        }
    }

    private static void assertEveryActorStops(List<ActorRef<Actor>> pool) {
        for (ActorRef<Actor> ref : pool) {
            assertThat(ref.stop(TIMEOUT)).as("%s stops", ref).isTrue();
        }
    }

    private static void dive(List<ActorRef<Actor>> pool, int depth) {
        pool.get(depth % pool.size()).tell(depth);
        dive(pool, depth + 1);
    }

    private static void descend(int remaining, Runnable atTheBottom) {
        if (remaining == 0) {
            atTheBottom.run();
        } else {
            descend(remaining - 1, atTheBottom);
        }
    }

    /** How deep {@link #descend} gets on a small stack before it overflows. */
    private static int deepestDescent() throws Exception {
        int[] deepest = {0};
        Runnable never = () -> { };
        CompletableFuture<Integer> depth = new CompletableFuture<>();
        Thread probe = new Thread(null, () -> {
            try {
                for (int tried = 1024; ; tried += 256) {
                    descend(tried, never);
                    deepest[0] = tried;
                }
            } catch (StackOverflowError expected) {
                depth.complete(deepest[0]);
            }
        }, "depth-probe", SMALL_STACK);
        probe.start();
        return depth.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Spins (shallow: no library calls near the stack's end) until every actor is idle, for at most a second. */
    private static void awaitIdle(List<ActorRef<Actor>> pool) {
        long deadline = System.nanoTime() + 1_000_000_000L;
        for (int i = 0; i < pool.size() && System.nanoTime() < deadline; ) {
            if (pool.get(i).state() == ActorState.IDLE) {
                i++;
            } else {
                Thread.onSpinWait();
            }
        }
    }
}
