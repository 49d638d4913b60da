package dev.actors;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@link CompletableFuture} returned by {@link ThreadingFuture#toCompletableFuture()}: its
 * blocking {@link #get()}, {@link #get(long, TimeUnit)} and {@link #join()} throw the self-wait
 * {@link IllegalStateException} at once, as {@link ActorFuture#get()} does, when called inside
 * an actor's handler for a future that only that actor can complete. So do the dependents it
 * creates ({@code thenApply}, {@code thenCompose}, {@code whenComplete}, {@code copy()}, ...),
 * which cannot complete before it.
 *
 * <p>Not checked, because something else may complete them: the results of
 * {@code applyToEither}, {@code acceptEither} and {@code runAfterEither} (the other stage may),
 * and this future once {@code orTimeout}, {@code completeOnTimeout} or {@code completeAsync}
 * was called on it. Neither are copies this class does not make ({@code CompletableFuture.allOf},
 * {@code anyOf}, {@code minimalCompletionStage()}, other libraries' wrappers).
 *
 * @param <T> the type of the value
 */
final class DeadlockDetectingCompletableFuture<T> extends CompletableFuture<T> {

    /**
     * The future whose outcome this one (or the stage it depends on) waits for; {@code null}
     * once something else may complete it. Volatile: cleared by one thread, read by any getter.
     */
    private volatile ThreadingFuture<?> origin;

    DeadlockDetectingCompletableFuture(ThreadingFuture<?> origin) {
        this.origin = origin;
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        refuseSelfWait();
        return super.get();
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        refuseSelfWait();
        return super.get(timeout, unit);
    }

    @Override
    public T join() {
        refuseSelfWait();
        return super.join();
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new DeadlockDetectingCompletableFuture<>(origin);
    }

    @Override
    public CompletableFuture<T> orTimeout(long timeout, TimeUnit unit) {
        origin = null;
        return super.orTimeout(timeout, unit);
    }

    @Override
    public CompletableFuture<T> completeOnTimeout(T value, long timeout, TimeUnit unit) {
        origin = null;
        return super.completeOnTimeout(value, timeout, unit);
    }

    @Override
    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier) {
        origin = null;
        return super.completeAsync(supplier);
    }

    @Override
    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier, Executor executor) {
        origin = null;
        return super.completeAsync(supplier, executor);
    }

    @Override
    public <U> CompletableFuture<U> applyToEither(CompletionStage<? extends T> other, Function<? super T, U> fn) {
        return unchecked(super.applyToEither(other, fn));
    }

    @Override
    public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other, Function<? super T, U> fn) {
        return unchecked(super.applyToEitherAsync(other, fn));
    }

    @Override
    public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other, Function<? super T, U> fn,
            Executor executor) {
        return unchecked(super.applyToEitherAsync(other, fn, executor));
    }

    @Override
    public CompletableFuture<Void> acceptEither(CompletionStage<? extends T> other, Consumer<? super T> action) {
        return unchecked(super.acceptEither(other, action));
    }

    @Override
    public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other, Consumer<? super T> action) {
        return unchecked(super.acceptEitherAsync(other, action));
    }

    @Override
    public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other, Consumer<? super T> action,
            Executor executor) {
        return unchecked(super.acceptEitherAsync(other, action, executor));
    }

    @Override
    public CompletableFuture<Void> runAfterEither(CompletionStage<?> other, Runnable action) {
        return unchecked(super.runAfterEither(other, action));
    }

    @Override
    public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action) {
        return unchecked(super.runAfterEitherAsync(other, action));
    }

    @Override
    public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action, Executor executor) {
        return unchecked(super.runAfterEitherAsync(other, action, executor));
    }

    /** A dependent that another stage may complete: its waits are not checked. */
    private static <U> CompletableFuture<U> unchecked(CompletableFuture<U> dependent) {
        if (dependent instanceof DeadlockDetectingCompletableFuture<U> detecting) {
            detecting.origin = null;
        }
        return dependent;
    }

    private void refuseSelfWait() {
        ThreadingFuture<?> waitedFor = origin;
        if (waitedFor != null && !isDone()) {
            Actor culprit = waitedFor.selfWaitCulprit();
            if (culprit != null) {
                throw SelfWaitDeadlock.of(culprit);
            }
        }
    }
}
