package dev.actors;

import java.util.concurrent.CompletableFuture;

/**
 * The encoding of a {@link ThreadingFuture}'s outcome in one field: {@code null} while pending,
 * then a marker for a {@code null} value, a failure, or the value itself. The failure type is
 * private, so that no user value can be mistaken for one.
 */
final class RawOutcome {

    private static final Object NULL_VALUE = new Object();

    private record Failure(Throwable cause) {
    }

    private RawOutcome() {
    }

    /** The raw outcome of a value. */
    static Object success(Object value) {
        return value == null ? NULL_VALUE : value;
    }

    /** The raw outcome of a failure. */
    static Object failure(Throwable failure) {
        return new Failure(failure);
    }

    /** The failure of a raw outcome, or {@code null} if it is a value. */
    static Throwable failureOf(Object rawOutcome) {
        return rawOutcome instanceof Failure failure ? failure.cause() : null;
    }

    /** The value of a raw outcome that is not a failure. */
    @SuppressWarnings("unchecked")
    static <V> V valueOf(Object rawOutcome) {
        return rawOutcome == NULL_VALUE ? null : (V) rawOutcome;
    }

    /** The value of a raw outcome, or its failure rethrown as {@link ActorFuture#get()} does. */
    static <V> V report(Object rawOutcome) {
        if (rawOutcome instanceof Failure failure) {
            throw rethrow(failure.cause());
        }
        return valueOf(rawOutcome);
    }

    /** What {@link ActorFuture#get()} throws for a failure: itself if unchecked, else wrapped. */
    static Throwable thrownForm(Throwable failure) {
        if (failure instanceof RuntimeException || failure instanceof Error) {
            return failure;
        }
        return new ActorExecutionException("The future failed with a checked exception: " + failure, failure);
    }

    /** Rethrows a failure as {@link ActorFuture#get()} does. */
    static RuntimeException rethrow(Throwable failure) {
        Throwable thrown = thrownForm(failure);
        if (thrown instanceof Error error) {
            throw error;
        }
        throw (RuntimeException) thrown;
    }

    /** Completes {@code target} with a raw outcome (a failure as the original exception). */
    static <V> void completeFrom(CompletableFuture<V> target, Object rawOutcome) {
        if (rawOutcome instanceof Failure failure) {
            target.completeExceptionally(failure.cause());
        } else {
            target.complete(valueOf(rawOutcome));
        }
    }
}
