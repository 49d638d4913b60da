package dev.actors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Pykka's future combinators ({@code map}, {@code filter}, {@code join}, {@code reduce}) as
 * derived futures: each is a {@link ThreadingFuture} with a get hook that reads its sources
 * with the getter's timeout, computed once and cached (Pykka 2.0+).
 */
final class FutureCombinators {

    private FutureCombinators() {
    }

    static <T, R> ActorFuture<R> map(ActorFuture<T> source, Function<? super T, ? extends R> fn) {
        return derive(List.of(source), timeout -> fn.apply(source.get(timeout)));
    }

    static <E> ActorFuture<List<E>> filter(ActorFuture<?> source, Predicate<? super E> predicate) {
        return derive(List.of(source), timeout -> {
            List<E> kept = new ArrayList<>();
            for (E element : FutureCombinators.<E>iterable(source.get(timeout), "filter")) {
                if (predicate.test(element)) {
                    kept.add(element);
                }
            }
            return kept;
        });
    }

    static ActorFuture<List<Object>> join(ActorFuture<?> first, ActorFuture<?>... others) {
        List<ActorFuture<?>> all = new ArrayList<>(others.length + 1);
        all.add(first);
        all.addAll(Arrays.asList(others));
        return derive(all, timeout -> {
            List<Object> values = new ArrayList<>(all.size());
            for (ActorFuture<?> future : all) {
                values.add(future.get(timeout));
            }
            return values;
        });
    }

    static <E> ActorFuture<E> reduce(ActorFuture<?> source, BinaryOperator<E> fn) {
        return derive(List.of(source), timeout -> {
            Iterator<E> elements = FutureCombinators.<E>iterable(source.get(timeout), "reduce").iterator();
            if (!elements.hasNext()) {
                throw new NoSuchElementException("reduce() of an empty Iterable with no initial value: "
                        + "pass an initial value with reduce(fn, initial)");
            }
            return fold(elements, fn, elements.next());
        });
    }

    static <E> ActorFuture<E> reduce(ActorFuture<?> source, BinaryOperator<E> fn, E initial) {
        return derive(List.of(source),
                timeout -> fold(FutureCombinators.<E>iterable(source.get(timeout), "reduce").iterator(), fn, initial));
    }

    /** Runs {@code action} once every source is done, in the thread that completes the last. */
    static void whenAllDone(List<? extends ActorFuture<?>> sources, Runnable action) {
        AtomicInteger pending = new AtomicInteger(sources.size());
        Runnable countDown = () -> {
            if (pending.decrementAndGet() == 0) {
                action.run();
            }
        };
        for (ActorFuture<?> source : sources) {
            if (source instanceof ThreadingFuture<?> threading) {
                threading.whenDone(countDown);
            } else {
                source.toCompletableFuture().whenComplete((value, failure) -> countDown.run());
            }
        }
    }

    private static <T> ActorFuture<T> derive(List<? extends ActorFuture<?>> sources, Function<Duration, T> hook) {
        ThreadingFuture<T> derived = new ThreadingFuture<>();
        derived.deriveFrom(sources, hook);
        return derived;
    }

    private static <E> E fold(Iterator<E> elements, BinaryOperator<E> fn, E initial) {
        E accumulated = initial;
        while (elements.hasNext()) {
            accumulated = fn.apply(accumulated, elements.next());
        }
        return accumulated;
    }

    @SuppressWarnings("unchecked")
    private static <E> Iterable<E> iterable(Object value, String operation) {
        if (value instanceof Iterable<?> iterable) {
            return (Iterable<E>) iterable;
        }
        if (value instanceof Object[] array) {
            return (Iterable<E>) Arrays.asList(array);
        }
        throw new ClassCastException(operation + "() needs the future's value to be an Iterable (or an array), but it is "
                + (value == null ? "null" : "a " + value.getClass().getName()) + ": use map() for a single value");
    }
}
