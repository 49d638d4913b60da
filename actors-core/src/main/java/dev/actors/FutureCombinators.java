package dev.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Pykka's future combinators ({@code map}, {@code filter}, {@code join}, {@code reduce}) as
 * derived futures: each is a {@link ThreadingFuture} with a {@link Derivation}, computed on
 * first get in the getter's thread with the getter's timeout, and cached (Pykka 2.0+). See
 * {@link DerivedEvaluation}.
 */
final class FutureCombinators {

    private FutureCombinators() {
    }

    @SuppressWarnings("unchecked")
    static <T, R> ActorFuture<R> map(ActorFuture<T> source, Function<? super T, ? extends R> fn) {
        return derive(List.of(source), values -> fn.apply((T) values[0]));
    }

    static <E> ActorFuture<List<E>> filter(ActorFuture<?> source, Predicate<? super E> predicate) {
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
        List<ActorFuture<?>> all = new ArrayList<>(others.length + 1);
        all.add(first);
        all.addAll(Arrays.asList(others));
        return derive(all, values -> new ArrayList<>(Arrays.asList(values)));
    }

    static <E> ActorFuture<E> reduce(ActorFuture<?> source, BinaryOperator<E> fn) {
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
        return derive(List.of(source), values -> fold(FutureCombinators.<E>iterable(values[0], "reduce").iterator(), fn, initial));
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
