package dev.actors;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ActorFuture} and {@link ThreadingFuture}: completion, get hooks, get_all (Pykka's {@code tests/test_future.py}, first half). */
class ActorFutureTest {

    private final ThreadingFuture<Object> future = new ThreadingFuture<>();

    @Test
    void threadingFutureHasAPublicNoArgumentConstructor() throws NoSuchMethodException {
        assertThat(Modifier.isPublic(ThreadingFuture.class.getConstructor().getModifiers())).isTrue();
        assertThat(new ThreadingFuture<String>().isDone()).isFalse();
    }

    @Test
    void setMultipleTimesFails() {
        future.set(0);

        assertThatThrownBy(() -> future.set(0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> future.setException(new IllegalStateException())).isInstanceOf(IllegalStateException.class);
        assertThat(future.get(Duration.ZERO)).isEqualTo(0);
    }

    @Test
    void setExceptionThenSetFails() {
        future.setException(new IllegalArgumentException("first"));

        assertThatThrownBy(() -> future.set(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void getWaitsForAValueSetByAnotherThread() {
        CompletableFuture<Object> got = Waits.inNewThread(() -> future.get(TIMEOUT));

        future.set("late");

        assertThat(got.join()).isEqualTo("late");
        assertThat(future.isDone()).isTrue();
    }

    @Test
    void getWithNullTimeoutWaitsForever() {
        CompletableFuture<Object> got = Waits.inNewThread(() -> future.get(null));

        future.set("late");

        assertThat(got.join()).isEqualTo("late");
    }

    @Test
    void zeroTimeoutPollsTheFuture() {
        assertThatThrownBy(() -> future.get(Duration.ZERO)).isInstanceOf(ActorTimeoutException.class);

        future.set("done");

        assertThat(future.get(Duration.ZERO)).isEqualTo("done");
    }

    @Test
    void getAllBlocksUntilAllFuturesAreAvailable() {
        List<ThreadingFuture<Integer>> futures = List.of(new ThreadingFuture<>(), new ThreadingFuture<>(), new ThreadingFuture<>());
        CompletableFuture<List<Integer>> all = Waits.inNewThread(() -> ActorFuture.getAll(futures, TIMEOUT));

        for (int i = 0; i < futures.size(); i++) {
            futures.get(i).set(i);
        }

        assertThat(all.join()).containsExactly(0, 1, 2);
    }

    @Test
    void getAllRaisesTimeoutIfNotAllFuturesAreAvailable() {
        List<ThreadingFuture<Integer>> futures = List.of(new ThreadingFuture<>(), new ThreadingFuture<>(), new ThreadingFuture<>());
        futures.get(0).set(0);
        futures.get(1).set(1);

        assertThatThrownBy(() -> ActorFuture.getAll(futures, Duration.ZERO)).isInstanceOf(ActorTimeoutException.class);
    }

    @Test
    void getAllCanBeCalledMultipleTimes() {
        List<ActorFuture<Integer>> futures = List.of(ActorFuture.completed(0), ActorFuture.completed(1));

        assertThat(ActorFuture.getAll(futures, null)).isEqualTo(ActorFuture.getAll(futures, TIMEOUT)).containsExactly(0, 1);
    }

    @Test
    void getAllAppliesTheTimeoutToEachFuture() {
        List<Duration> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<ThreadingFuture<Integer>> futures = List.of(new ThreadingFuture<>(), new ThreadingFuture<>());
        futures.forEach(f -> f.setGetHook(timeout -> {
            seen.add(timeout);
            return seen.size();
        }));

        assertThat(ActorFuture.getAll(futures, Duration.ofSeconds(3))).containsExactly(1, 2);
        assertThat(seen).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void futureInFutureWorks() {
        ThreadingFuture<String> inner = new ThreadingFuture<>();
        ThreadingFuture<ActorFuture<String>> outer = new ThreadingFuture<>();
        outer.set(inner);
        inner.set("foo");

        assertThat(outer.get(TIMEOUT).get(TIMEOUT)).isEqualTo("foo");
    }

    @Test
    void getRethrowsTheSameUncheckedInstanceOnEveryGet() {
        IllegalStateException failure = new IllegalStateException("foo");
        future.setException(failure);

        assertThatThrownBy(future::get).isSameAs(failure);
        assertThatThrownBy(() -> future.get(TIMEOUT)).isSameAs(failure);
        assertThat(failure.getStackTrace()).as("the set side's frames are kept").isNotEmpty();
    }

    @Test
    void getRethrowsErrorsAsTheyAre() {
        AssertionError failure = new AssertionError("boom");
        future.setException(failure);

        assertThatThrownBy(future::get).isSameAs(failure);
    }

    @Test
    void getWrapsCheckedExceptionsInActorExecutionException() {
        IOException failure = new IOException("disk");
        future.setException(failure);

        assertThatThrownBy(future::get).isInstanceOf(ActorExecutionException.class).hasCause(failure);
    }

    @Test
    void completedAndFailedFactories() {
        IllegalStateException failure = new IllegalStateException("failed");

        assertThat(ActorFuture.completed("value").get(Duration.ZERO)).isEqualTo("value");
        assertThat(ActorFuture.completed("value").isDone()).isTrue();
        assertThat(ActorFuture.failed(failure).isDone()).isTrue();
        assertThatThrownBy(() -> ActorFuture.failed(failure).get(Duration.ZERO)).isSameAs(failure);
    }

    @Test
    void toCompletableFutureCarriesValueAndFailure() {
        IllegalStateException failure = new IllegalStateException("failed");
        ThreadingFuture<String> failing = new ThreadingFuture<>();
        CompletableFuture<Object> value = future.toCompletableFuture();
        CompletableFuture<String> failed = failing.toCompletableFuture();

        future.set("value");
        failing.setException(failure);

        assertThat(value.orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join()).isEqualTo("value");
        assertThatThrownBy(() -> failed.orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join())
                .isInstanceOf(CompletionException.class).hasCause(failure);
    }

    @Test
    void getHookIsOnlyCalledOnceEvenIfResultIsNull() {
        AtomicInteger calls = new AtomicInteger();
        future.setGetHook(timeout -> {
            calls.incrementAndGet();
            return null;
        });

        assertThat(future.get(Duration.ZERO)).isNull();
        assertThat(future.get(Duration.ZERO)).isNull();
        assertThat(calls).hasValue(1);
    }

    @Test
    void getHookReceivesTheTimeoutOfGet() {
        List<Duration> seen = new java.util.ArrayList<>();
        ThreadingFuture<Object> other = new ThreadingFuture<>();
        future.setGetHook(timeout -> seen.add(timeout));
        other.setGetHook(timeout -> seen.add(timeout));

        future.get(Duration.ofSeconds(3));
        other.get();

        assertThat(seen).containsExactly(Duration.ofSeconds(3), null);
    }

    @Test
    void setIsNotAllowedOnFutureWithGetHook() {
        AtomicInteger calls = new AtomicInteger();
        future.setGetHook(timeout -> {
            calls.incrementAndGet();
            return 123;
        });

        assertThatThrownBy(() -> future.set(456)).isInstanceOf(IllegalStateException.class);
        assertThat(future.get(Duration.ZERO)).isEqualTo(123);
        assertThat(calls).hasValue(1);
    }

    @Test
    void setExceptionIsNotAllowedOnFutureWithGetHook() {
        future.setGetHook(timeout -> 123);

        assertThatThrownBy(() -> future.setException(new IllegalStateException())).isInstanceOf(IllegalStateException.class);
        assertThat(future.get(Duration.ZERO)).isEqualTo(123);
    }

    @Test
    void setHookIsNotAllowedOnFutureWithResult() {
        future.set(123);

        assertThatThrownBy(() -> future.setGetHook(timeout -> 456)).isInstanceOf(IllegalStateException.class);
        assertThat(future.get(Duration.ZERO)).isEqualTo(123);
    }

    @Test
    void mapWorksOnAMapValue() {
        future.set(Map.of("foo", "bar"));

        assertThat(future.map(value -> ((Map<?, ?>) value).get("foo")).get(TIMEOUT)).isEqualTo("bar");
    }
}
