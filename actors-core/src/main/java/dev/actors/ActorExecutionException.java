package dev.actors;

/**
 * Carries a checked exception (or an interruption) out of an API whose signature cannot
 * declare it: {@link ActorFuture#get()} rethrows unchecked failures as they are and wraps
 * checked ones in this exception, whose {@link #getCause() cause} is the original.
 *
 * <p>Pykka has no equivalent: Python has no checked exceptions.
 */
public class ActorExecutionException extends RuntimeException {

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param cause the checked exception (or {@link InterruptedException}) being carried
     */
    public ActorExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
