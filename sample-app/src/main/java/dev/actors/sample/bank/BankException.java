package dev.actors.sample.bank;

/**
 * A request the bank refuses for a business reason. Thrown inside an actor, it travels back
 * to the caller through the ask's future or the interface proxy, and the actor lives on
 * (Pykka's rule for failed asks).
 */
public abstract class BankException extends RuntimeException {

    /**
     * Creates the exception.
     *
     * @param message what was refused, and why
     */
    protected BankException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what was refused, and why
     * @param cause what led to it
     */
    protected BankException(String message, Throwable cause) {
        super(message, cause);
    }
}
