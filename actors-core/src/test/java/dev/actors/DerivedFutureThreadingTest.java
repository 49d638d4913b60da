package dev.actors;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.actors.Waits.TIMEOUT;
import static dev.actors.Waits.awaitLatch;
import static dev.actors.Waits.inNewThread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Where the functions of derived futures ({@code map}, {@code filter}, {@code join}, {@code reduce}) run,
 * and that completing a source never waits for them (issue 9, items 4 and 5, and the depth note):
 * {@code get()} computes them in the getter's thread; {@code toCompletableFuture()} in a virtual
 * thread of its own, never in the completing (actor's) thread.
 */
@ParameterizedClass
@EnumSource(ActorRuntime.class)
class DerivedFutureThreadingTest {

    private final ActorRuntime runtime;
    private final ActorRegistry registry = new ActorRegistry();

    DerivedFutureThreadingTest(ActorRuntime runtime) {
        this.runtime = runtime;
    }

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    /** Longer than any wait of the test itself, so that a getter still parked shows as a failed wait of the test. */
    private static final Duration LONGER = TIMEOUT.multipliedBy(6);

    /** Issue 9 item 4: A parks in d.get() computing d; B converts d; the completer of the source must not wait for A. */
    @Test
    void completingTheSourceOfADerivedFutureThatIsBeingGotAndConvertedReturns() throws Exception {
        ThreadingFuture<Integer> source = new ThreadingFuture<>();
        ActorFuture<Integer> derived = source.map(value -> value + 1);
        CompletableFuture<Integer> got = new CompletableFuture<>();
        Thread getter = Thread.ofPlatform().daemon().start(() -> got.complete(derived.get(LONGER)));
        await("the getter parks on the source").atMost(TIMEOUT).until(() -> LockSupport.getBlocker(getter) == source);
        CompletableFuture<Integer> converted = derived.toCompletableFuture();

        CompletableFuture<Boolean> set = inNewThread(() -> {
            source.set(41);
            return true;
        });

        assertThat(set.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).as("set() returned").isTrue();
        assertThat(got.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(42);
        assertThat(converted.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(42);
    }

    /** Issue 9 item 4, through an actor: the actor's thread completes the reply and must not freeze. */
    @Test
    void anActorWhoseReplyIsMappedGotAndConvertedKeepsAnswering() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ActorRef<Actor> ref = runtime.start(registry, new Script().onReceive((actor, message) -> {
            if ("slow".equals(message)) {
                awaitLatch(release);
                return 41;
            }
            return message;
        }));
        ActorFuture<Integer> derived = ref.<Integer>ask("slow").map(value -> value + 1);
        CompletableFuture<Integer> got = new CompletableFuture<>();
        Thread getter = Thread.ofPlatform().daemon().start(() -> got.complete(derived.get(LONGER)));
        await("the getter parks on the reply").atMost(TIMEOUT)
                .until(() -> LockSupport.getBlocker(getter) instanceof ThreadingFuture<?>);
        CompletableFuture<Integer> converted = derived.toCompletableFuture();

        release.countDown();

        assertThat(ref.ask("still answering").get(TIMEOUT)).isEqualTo("still answering");
        assertThat(got.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(42);
        assertThat(converted.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(42);
    }

    /** Issue 9 item 5: one future, one outcome, whether read with get() or toCompletableFuture(). */
    @Test
    void aMapThatAsksTheSameActorAgainGivesTheSameValueByGetAndByToCompletableFuture() throws Exception {
        CountDownLatch converted = new CountDownLatch(1);
        ActorRef<Actor> ref = runtime.start(registry, new Script().onReceive((actor, message) -> {
            if (Integer.valueOf(1).equals(message)) {
                awaitLatch(converted); // the reply completes after the conversion registered
            }
            return message;
        }));
        ActorFuture<Object> byGet = ref.ask(1).map(value -> ref.ask(2).get(TIMEOUT));
        ActorFuture<Object> byConversion = ref.ask(1).map(value -> ref.ask(2).get(TIMEOUT));

        CompletableFuture<Object> conversion = byConversion.toCompletableFuture();
        converted.countDown();

        assertThat(byGet.get(TIMEOUT)).isEqualTo(2);
        assertThat(conversion.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(2);
    }

    /** Issue 9 item 5: a slow map function converted to a CompletableFuture does not hold the actor's thread. */
    @Test
    void aBlockedMapFunctionOfAConvertedReplyDoesNotBlockTheActor() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> handlerThread = new AtomicReference<>();
        AtomicReference<Thread> mapThread = new AtomicReference<>();
        ActorRef<Actor> ref = runtime.start(registry, new Script().onReceive((actor, message) -> {
            handlerThread.set(Thread.currentThread());
            return message;
        }));
        CompletableFuture<String> converted = ref.ask("first").map(value -> {
            mapThread.set(Thread.currentThread());
            awaitLatch(release);
            return value + " mapped";
        }).toCompletableFuture();

        assertThat(ref.ask("second").get(TIMEOUT)).as("the actor answers while the map function is blocked")
                .isEqualTo("second");
        release.countDown();

        assertThat(converted.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("first mapped");
        assertThat(mapThread.get()).isNotSameAs(handlerThread.get());
    }

    /** The depth note: a long chain of maps is computed iteratively, at get() and at toCompletableFuture(). */
    @Test
    void aChainOfTenThousandMapsDoesNotOverflowTheStack() throws Exception {
        ThreadingFuture<Integer> source = new ThreadingFuture<>();
        ActorFuture<Integer> chain = source;
        for (int i = 0; i < 10_000; i++) {
            chain = chain.map(value -> value + 1);
        }
        ActorFuture<Integer> last = chain;
        CompletableFuture<Integer> converted = last.toCompletableFuture();
        CompletableFuture<Integer> got = inNewThread(() -> last.get(TIMEOUT));
        assertThat(last.isDone()).isFalse();

        source.set(0);

        assertThat(got.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(10_000);
        assertThat(converted.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(10_000);
        assertThat(last.isDone()).isTrue();
    }

    /** The depth note, with a failure at the bottom: it reaches the top once, without recomputing every level. */
    @Test
    void aFailureAtTheBottomOfALongChainReachesTheTop() {
        ThreadingFuture<Integer> source = new ThreadingFuture<>();
        ActorFuture<Integer> chain = source;
        for (int i = 0; i < 10_000; i++) {
            chain = chain.map(value -> value + 1);
        }
        IllegalStateException failure = new IllegalStateException("bottom");
        source.setException(failure);

        ActorFuture<Integer> last = chain;
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> last.get(Duration.ZERO))).isSameAs(failure);
    }
}
