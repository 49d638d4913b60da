package dev.actors.sample.bank;

/** A request whose values the bank cannot accept (a non-positive amount, a missing owner...). */
public class InvalidRequestException extends BankException {

    /** The largest amount one operation may move: ten billion (in cents), far from overflow. */
    public static final long MAX_AMOUNT_CENTS = 1_000_000_000_000L;

    /**
     * Creates the exception.
     *
     * @param message which value is wrong and what is accepted
     */
    public InvalidRequestException(String message) {
        super(message);
    }

    /**
     * Checks an amount of money.
     *
     * @param field the request field, named in the message
     * @param cents the amount
     * @return {@code cents}
     * @throws InvalidRequestException when it is missing or not between 1 and {@link #MAX_AMOUNT_CENTS}
     */
    public static long requireValidAmount(String field, Long cents) {
        if (cents == null) {
            throw new InvalidRequestException("'" + field + "' is required: an amount in cents, e.g. 2500 for 25.00");
        }
        if (cents <= 0 || cents > MAX_AMOUNT_CENTS) {
            throw new InvalidRequestException("'" + field + "' must be between 1 and " + MAX_AMOUNT_CENTS
                    + " cents, was " + cents);
        }
        return cents;
    }

    /**
     * Checks a required text.
     *
     * @param field the request field, named in the message
     * @param text the value
     * @return {@code text}, trimmed
     * @throws InvalidRequestException when it is missing or blank
     */
    public static String requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("'" + field + "' is required and must not be blank");
        }
        return text.strip();
    }
}
