package dev.actors;

import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code filter}, {@code join}, {@code map} and {@code reduce} (Pykka's {@code tests/test_future.py}, second half). */
class ActorFutureCombinatorsTest {

    private final ThreadingFuture<Object> future = new ThreadingFuture<>();

    @Test
    void filterExcludesItemsNotMatchingPredicate() {
        future.set(IntStream.rangeClosed(1, 19).filter(i -> i % 2 == 1).boxed().toList());

        assertThat(future.<Integer>filter(x -> x > 10).get(TIMEOUT)).containsExactly(11, 13, 15, 17, 19);
    }

    @Test
    void filterOnNonIterableFailsAtGet() {
        future.set(1);
        ActorFuture<List<Object>> filtered = future.filter(x -> true);

        assertThatThrownBy(() -> filtered.get(TIMEOUT)).isInstanceOf(ClassCastException.class);
    }

    @Test
    void filterPreservesTheTimeout() {
        ActorFuture<List<Integer>> filtered = future.<Integer>filter(x -> x > 10);

        assertThatThrownBy(() -> filtered.get(Duration.ZERO)).isInstanceOf(ActorTimeoutException.class);

        future.set(List.of(5, 15));
        assertThat(filtered.get(Duration.ZERO)).as("a timeout is not cached").containsExactly(15);
    }

    @Test
    void filterReusesResultIfCalledMultipleTimes() {
        AtomicInteger calls = new AtomicInteger();
        future.set(List.of(1, 2));
        ActorFuture<List<Integer>> filtered = future.<Integer>filter(x -> {
            calls.incrementAndGet();
            return x == 2;
        });

        assertThat(filtered.get(TIMEOUT)).containsExactly(2);
        assertThat(filtered.get(TIMEOUT)).containsExactly(2);
        assertThat(filtered.get(TIMEOUT)).containsExactly(2);
        assertThat(calls).hasValue(2);
    }

    @Test
    void joinCombinesMultipleFuturesIntoOne() {
        ThreadingFuture<Integer> second = new ThreadingFuture<>();
        ThreadingFuture<Integer> third = new ThreadingFuture<>();
        future.set(0);
        second.set(1);
        third.set(2);

        assertThat(future.join(second, third).get(TIMEOUT)).containsExactly(0, 1, 2);
    }

    @Test
    void joinPreservesTheTimeout() {
        ThreadingFuture<Integer> unset = new ThreadingFuture<>();
        future.set(0);

        assertThatThrownBy(() -> future.join(unset).get(Duration.ZERO)).isInstanceOf(ActorTimeoutException.class);
    }

    @Test
    void joinPropagatesTheFirstException() {
        IllegalStateException first = new IllegalStateException("first");
        ThreadingFuture<Object> second = new ThreadingFuture<>();
        ThreadingFuture<Object> third = new ThreadingFuture<>();
        future.set(0);
        second.setException(first);
        third.setException(new IllegalArgumentException("second"));

        assertThatThrownBy(() -> future.join(second, third).get(TIMEOUT)).isSameAs(first);
    }

    @Test
    void joinAppliesTheTimeoutToEachFuture() {
        List<Duration> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        ThreadingFuture<Object> second = new ThreadingFuture<>();
        future.setGetHook(timeout -> seen.add(timeout));
        second.setGetHook(timeout -> seen.add(timeout));

        future.join(second).get(Duration.ofSeconds(3));

        assertThat(seen).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void mapReturnsFutureWhichPassesResultThroughFunction() {
        future.set(30);

        assertThat(future.map(x -> (Integer) x + 10).get(TIMEOUT)).isEqualTo(40);
    }

    @Test
    void mapPassesAnIterableValueWhole() {
        future.set(List.of(10, 20, 30));

        assertThat(future.map(value -> ((List<?>) value).size()).get(TIMEOUT)).isEqualTo(3);
    }

    @Test
    void mapPreservesTheTimeout() {
        ActorFuture<Integer> mapped = future.map(x -> (Integer) x + 10);

        assertThatThrownBy(() -> mapped.get(Duration.ZERO)).isInstanceOf(ActorTimeoutException.class);
    }

    @Test
    void mapReusesResultIfCalledMultipleTimes() {
        AtomicInteger calls = new AtomicInteger();
        future.set(5);
        ActorFuture<Integer> mapped = future.map(x -> {
            calls.incrementAndGet();
            return (Integer) x * 2;
        });

        assertThat(mapped.get(TIMEOUT)).isEqualTo(10);
        assertThat(mapped.get(TIMEOUT)).isEqualTo(10);
        assertThat(calls).hasValue(1);
    }

    @Test
    void mapWithARaisingFunctionRunsItAgainOnEachGet() {
        AtomicInteger calls = new AtomicInteger();
        future.set(5);
        ActorFuture<Integer> mapped = future.map(x -> {
            throw new IllegalStateException("call " + calls.incrementAndGet());
        });

        assertThatThrownBy(() -> mapped.get(TIMEOUT)).hasMessage("call 1");
        assertThatThrownBy(() -> mapped.get(TIMEOUT)).hasMessage("call 2");
    }

    @Test
    void reduceAppliesFunctionCumulativelyFromTheLeft() {
        future.set(List.of(1, 2, 3, 4));

        assertThat(future.<Integer>reduce(Integer::sum).get(TIMEOUT)).isEqualTo(10);
        assertThat(future.<Object>reduce((a, b) -> "" + a + b, "").get(TIMEOUT)).isEqualTo("1234");
    }

    @Test
    void reduceAcceptsAnInitialValue() {
        future.set(List.of(1, 2, 3, 4));

        assertThat(future.reduce(Integer::sum, 5).get(TIMEOUT)).isEqualTo(15);
    }

    @Test
    void reduceOfAnEmptyIterable() {
        future.set(List.of());

        assertThat(future.reduce(Integer::sum, 5).get(TIMEOUT)).isEqualTo(5);
        assertThatThrownBy(() -> future.<Integer>reduce(Integer::sum).get(TIMEOUT)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void reduceOnNonIterableFailsAtGet() {
        future.set(1);
        ActorFuture<Integer> reduced = future.reduce(Integer::sum);

        assertThatThrownBy(() -> reduced.get(TIMEOUT)).isInstanceOf(ClassCastException.class);
    }

    @Test
    void reducePreservesTheTimeout() {
        ActorFuture<Integer> reduced = future.reduce(Integer::sum);

        assertThatThrownBy(() -> reduced.get(Duration.ZERO)).isInstanceOf(ActorTimeoutException.class);
    }

    @Test
    void reduceReusesResultIfCalledMultipleTimes() {
        AtomicInteger calls = new AtomicInteger();
        future.set(List.of(1, 2, 3));
        ActorFuture<Integer> reduced = future.<Integer>reduce((a, b) -> {
            calls.incrementAndGet();
            return a + b;
        });

        assertThat(reduced.get(TIMEOUT)).isEqualTo(6);
        assertThat(reduced.get(TIMEOUT)).isEqualTo(6);
        assertThat(reduced.get(TIMEOUT)).isEqualTo(6);
        assertThat(calls).hasValue(2);
    }

    @Test
    void aZeroPollOfADerivedFutureDoesNotWaitForAnotherGetter() throws InterruptedException {
        ThreadingFuture<Integer> source = new ThreadingFuture<>();
        ActorFuture<Integer> derived = source.map(value -> value + 1);
        Thread getter = Thread.ofPlatform().start(derived::get);
        await().atMost(TIMEOUT).until(() -> getter.getState() == Thread.State.WAITING);

        assertTimeoutPreemptively(TIMEOUT, () ->
                assertThatThrownBy(() -> derived.get(Duration.ZERO)).isInstanceOf(ActorTimeoutException.class));

        source.set(1);
        getter.join(TIMEOUT.toMillis());
        assertThat(derived.get(Duration.ZERO)).isEqualTo(2);
    }
}
