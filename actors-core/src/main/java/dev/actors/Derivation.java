package dev.actors;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * How a derived future ({@code map}, {@code filter}, {@code join}, {@code reduce}) gets its
 * value: {@code combine} applied to the values of {@code sources}, in order. Computed by
 * {@link DerivedEvaluation}, under {@code lock} so that it runs once per success.
 *
 * <p>Immutable and held in a final field of its {@link ThreadingFuture}, so a derived future
 * published through a data race still shows its sources, function and lock.
 *
 * @param sources the futures whose values {@code combine} reads, in order
 * @param combine the user's function, given the sources' values in the same order
 * @param lock held while {@code combine} runs, so that two getters do not both run it
 * @param <T> the type of the derived value
 */
record Derivation<T>(List<ActorFuture<?>> sources, Function<Object[], T> combine, ReentrantLock lock) {

    Derivation(List<ActorFuture<?>> sources, Function<Object[], T> combine) {
        this(List.copyOf(sources), combine, new ReentrantLock());
    }
}
