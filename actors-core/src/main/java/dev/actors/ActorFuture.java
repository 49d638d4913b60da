package dev.actors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The result of an {@link ActorRef#ask(Object) ask} or of a proxy call, available later.
 *
 * <p>Pykka: {@code pykka.Future}. The one implementation is {@link ThreadingFuture}.
 * Failures are rethrown by {@link #get()} as the same instance when unchecked, and wrapped in
 * {@link ActorExecutionException} when checked. Futures handed out by actors always complete:
 * a message its actor will never handle fails its future with {@link ActorDeadException}.
 *
 * @param <T> the type of the value
 */
public interface ActorFuture<T> {

    /**
     * Waits for the value, without a time limit. Pykka: {@code get()}.
     *
     * @return the value
     * @throws RuntimeException the failure, if it was unchecked (the same instance)
     * @throws Error the failure, if it was an error (the same instance)
     * @throws ActorExecutionException wrapping a checked failure, or an interruption of the wait
     * @throws IllegalStateException if called inside an actor's handler for a reply that only
     *     that same actor can produce (it would deadlock), also through {@code map} and the other
     *     combinators
     */
    T get();

    /**
     * Waits at most {@code timeout} for the value. Pykka: {@code get(timeout=...)}.
     *
     * @param timeout how long to wait; {@link Duration#ZERO} only polls; {@code null} waits forever
     * @return the value
     * @throws ActorTimeoutException if the value is not there in time
     * @throws IllegalArgumentException if {@code timeout} is negative
     * @throws IllegalStateException if called inside an actor's handler for a reply that only
     *     that same actor can produce (it would deadlock)
     */
    T get(Duration timeout);

    /**
     * Tells whether a value or failure is there, so that {@link #get()} would not block.
     * Pykka has no equivalent (issue #69).
     *
     * @return {@code true} once completed
     */
    boolean isDone();

    /**
     * Completes the future with a value. Pykka: {@code set(value)}.
     *
     * @param value the value, may be {@code null}
     * @throws IllegalStateException if already completed, or if a get hook is set
     */
    void set(T value);

    /**
     * Completes the future with a failure. Pykka: {@code set_exception(exc_info)}.
     *
     * @param failure the failure, rethrown by {@link #get()}
     * @throws IllegalStateException if already completed, or if a get hook is set
     * @throws NullPointerException if {@code failure} is {@code null}
     */
    void setException(Throwable failure);

    /**
     * Makes {@link #get(Duration)} return the hook's value, computed once, in the first
     * getter's thread, and given that getter's timeout ({@code null} = none). If the hook
     * throws, nothing is cached. Pykka: {@code set_get_hook(func)}.
     *
     * @param hook computes the value from the timeout
     * @throws IllegalStateException if the future is already completed, or is derived
     *     ({@code map}, {@code filter}, {@code join}, {@code reduce}: its sources provide the value)
     */
    void setGetHook(Function<Duration, T> hook);

    /**
     * A future of {@code fn} applied to this future's whole value, computed on first get, in
     * the getter's thread with its timeout, and cached (a failure is not: the next get computes
     * again). Pykka: {@code map(func)} (2.0+ semantics: the value is passed whole). The
     * function never runs in the thread that completes this future (an actor's, for a reply):
     * {@link #toCompletableFuture()} computes it in a virtual thread of its own. Chains of any
     * length are computed without recursion. The same holds for {@code filter}, {@code join}
     * and {@code reduce}.
     *
     * @param fn the function
     * @param <R> the type of the new value
     * @return the derived future
     * @throws NullPointerException at once if {@code fn} is {@code null}
     */
    <R> ActorFuture<R> map(Function<? super T, ? extends R> fn);

    /**
     * A future of the elements of this future's value (an {@link Iterable}) that match the
     * predicate, as a list. Pykka: {@code filter(func)}.
     *
     * @param predicate which elements to keep
     * @param <E> the element type
     * @return the derived future; its {@code get()} throws {@link ClassCastException} if the
     *     value is not an {@code Iterable}
     * @throws NullPointerException at once if {@code predicate} is {@code null}
     */
    <E> ActorFuture<List<E>> filter(Predicate<? super E> predicate);

    /**
     * A future of the list of this future's value followed by the others' values, in order.
     * Pykka: {@code join(*futures)}; the timeout given to {@code get} applies to each future.
     *
     * @param others the futures to join
     * @return the derived future; the first failure propagates
     * @throws NullPointerException at once if {@code others} or one of them is {@code null}
     */
    ActorFuture<List<Object>> join(ActorFuture<?>... others);

    /**
     * A future of this future's {@link Iterable} value reduced from the left.
     * Pykka: {@code reduce(func)}.
     *
     * @param fn the reduction
     * @param <E> the element type
     * @return the derived future; its {@code get()} throws {@link ClassCastException} if the
     *     value is not an {@code Iterable}, {@link java.util.NoSuchElementException} if it is empty
     * @throws NullPointerException at once if {@code fn} is {@code null}
     */
    <E> ActorFuture<E> reduce(BinaryOperator<E> fn);

    /**
     * A future of this future's {@link Iterable} value reduced from the left, starting from
     * {@code initial}. Pykka: {@code reduce(func, initial)}.
     *
     * @param fn the reduction
     * @param initial the starting value, the result for an empty iterable
     * @param <E> the element type
     * @return the derived future; its {@code get()} throws {@link ClassCastException} if the
     *     value is not an {@code Iterable}
     * @throws NullPointerException at once if {@code fn} is {@code null}
     */
    <E> ActorFuture<E> reduce(BinaryOperator<E> fn, E initial);

    /**
     * A {@link CompletableFuture} completed with this future's outcome (a failure as the
     * original exception). Completing the returned future does not affect this one. For a
     * future with a get hook set by the user, a virtual thread computes the hook at once. For
     * a derived future ({@code map}, {@code filter}, {@code join}, {@code reduce}), a virtual
     * thread computes its function once the sources are done, as a {@code get()} would: never
     * the completing (actor's) thread, so the outcome is the same as {@code get()}'s.
     * As with any {@code CompletableFuture}, non-async dependents ({@code thenApply}, ...) run
     * in the completing thread, which for a reply is the actor's own: use the {@code ...Async}
     * variants for anything slow.
     *
     * <p>Self-wait detection: inside an actor's handler, {@code get()}, {@code get(timeout, unit)}
     * and {@code join()} of the returned future, and of the dependents it creates
     * ({@code thenApply}, {@code thenCompose}, {@code whenComplete}, {@code copy()}, ...), throw
     * the same {@link IllegalStateException} as {@link #get()} when they would wait for a reply
     * only that actor can produce. Not detected: dependents of {@code applyToEither},
     * {@code acceptEither}, {@code runAfterEither} and the future after {@code orTimeout},
     * {@code completeOnTimeout} or {@code completeAsync} (something else may complete them), and
     * copies made elsewhere ({@code CompletableFuture.allOf}/{@code anyOf},
     * {@code minimalCompletionStage()}, other libraries).
     * Pykka has no equivalent (it has {@code __await__}).
     *
     * @return a new completable future
     */
    CompletableFuture<T> toCompletableFuture();

    /**
     * Waits for every future, in order, and returns their values. Pykka: {@code pykka.get_all}.
     * Many pending replies are waited for together, with one park of the calling thread rather
     * than one per future; the outcome is the same as waiting for each in turn.
     *
     * @param futures the futures
     * @param timeout applied to each future in turn (as in Pykka); {@code null} waits forever
     * @param <T> the value type
     * @return the values, in the futures' order
     * @throws ActorTimeoutException if one future is not done within the timeout
     * @throws NullPointerException at once if {@code futures} or one of them is {@code null}
     */
    static <T> List<T> getAll(Collection<? extends ActorFuture<? extends T>> futures, Duration timeout) {
        Objects.requireNonNull(futures, "getAll(futures, timeout): futures is null: pass a collection of futures");
        int index = 0;
        for (ActorFuture<? extends T> future : futures) {
            if (future == null) {
                throw new NullPointerException("getAll(futures, timeout): the future at index " + index
                        + " is null: pass only futures");
            }
            index++;
        }
        long nanos = Timeouts.toNanos(timeout, "ActorFuture.getAll");
        if (BatchWait.worthBatching(futures, nanos)) {
            return BatchWait.getAll(List.copyOf(futures), timeout, nanos); // indexed, and safe from later changes
        }
        List<T> values = new ArrayList<>(futures.size());
        for (ActorFuture<? extends T> future : futures) {
            values.add(future.get(timeout));
        }
        return values;
    }

    /**
     * A future already completed with {@code value}.
     *
     * @param value the value, may be {@code null}
     * @param <T> the value type
     * @return the completed future
     */
    static <T> ActorFuture<T> completed(T value) {
        ThreadingFuture<T> future = new ThreadingFuture<>();
        future.set(value);
        return future;
    }

    /**
     * A future already failed with {@code failure}.
     *
     * @param failure the failure
     * @param <T> the value type
     * @return the failed future
     */
    static <T> ActorFuture<T> failed(Throwable failure) {
        ThreadingFuture<T> future = new ThreadingFuture<>();
        future.setException(failure);
        return future;
    }
}
