package dev.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Pykka's future combinators ({@code map}, {@code filter}, {@code join}, {@code reduce}) as
 * derived futures: each is a {@link ThreadingFuture} with a {@link Derivation}, computed on
 * first get in the getter's thread with the getter's timeout, and cached (Pykka 2.0+). See
 * {@link DerivedEvaluation}. A {@code null} function or source fails at once.
 */
final class FutureCombinators {

    private FutureCombinators() {
    }

    @SuppressWarnings("unchecked")
    static <T, R> ActorFuture<R> map(ActorFuture<T> source, Function<? super T, ? extends R> fn) {
        requireFunction(fn, "map(fn)");
        return derive(List.of(source), values -> fn.apply((T) values[0]));
    }

    static <E> ActorFuture<List<E>> filter(ActorFuture<?> source, Predicate<? super E> predicate) {
        requireFunction(predicate, "filter(predicate)");
        return derive(List.of(source), values -> {
            List<E> kept = new ArrayList<>();
            for (E element : FutureCombinators.<E>iterable(values[0], "filter")) {
                if (predicate.test(element)) {
                    kept.add(element);
                }
            }
            return kept;
        });
    }

    static ActorFuture<List<Object>> join(ActorFuture<?> first, ActorFuture<?>... others) {
        Objects.requireNonNull(others, "join(others): the array of futures is null: pass futures, or none");
        List<ActorFuture<?>> all = new ArrayList<>(others.length + 1);
        all.add(first);
        for (int i = 0; i < others.length; i++) {
            if (others[i] == null) {
                throw new NullPointerException("join(others): others[" + i + "] is null: pass only futures "
                        + "(ActorFuture.completed(null) for a future of null)");
            }
            all.add(others[i]);
        }
        return derive(all, values -> new ArrayList<>(Arrays.asList(values)));
    }

    static <E> ActorFuture<E> reduce(ActorFuture<?> source, BinaryOperator<E> fn) {
        requireFunction(fn, "reduce(fn)");
        return derive(List.of(source), values -> {
            Iterator<E> elements = FutureCombinators.<E>iterable(values[0], "reduce").iterator();
            if (!elements.hasNext()) {
                throw new NoSuchElementException("reduce() of an empty Iterable with no initial value: "
                        + "pass an initial value with reduce(fn, initial)");
            }
            return fold(elements, fn, elements.next());
        });
    }

    static <E> ActorFuture<E> reduce(ActorFuture<?> source, BinaryOperator<E> fn, E initial) {
        requireFunction(fn, "reduce(fn, initial)");
        return derive(List.of(source), values -> fold(FutureCombinators.<E>iterable(values[0], "reduce").iterator(), fn, initial));
    }

    private static void requireFunction(Object function, String call) {
        if (function == null) {
            throw new NullPointerException(call + ": the function is null: pass a lambda or method reference");
        }
    }

    private static <T> ActorFuture<T> derive(List<ActorFuture<?>> sources, Function<Object[], T> combine) {
        return ThreadingFuture.derived(new Derivation<>(sources, combine));
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
