package dev.actors;

import java.util.Objects;

/**
 * A message that no actor handled: sent to an actor that had stopped ({@link Reason#REFUSED}),
 * still queued when it stopped or died ({@link Reason#DROPPED}), or a {@code tell}-ed message
 * whose handler threw ({@link Reason#FAILED}). Listen with
 * {@link ActorRegistry#addDeadLetterListener(java.util.function.Consumer)}. Pekko:
 * {@code org.apache.pekko.actor.DeadLetter}; Pykka: none (its issue #37).
 *
 * @param recipient the actor the message was for
 * @param message the message as sent (a proxy call's or {@code defer}'s internal call object for those)
 * @param reason why it was not handled
 */
public record DeadLetter(ActorRef<?> recipient, Object message, Reason reason) {

    /**
     * Checks that no component is {@code null}.
     *
     * @param recipient the actor the message was for
     * @param message the message
     * @param reason why it was not handled
     */
    public DeadLetter {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(reason, "reason");
    }

    /** Why a message became a dead letter. */
    public enum Reason {
        /** Sent after the actor stopped: the sender got {@link ActorDeadException} (a failed future for an ask). */
        REFUSED,
        /** Accepted, but still queued when the actor stopped or died (an ask's future failed with {@link ActorDeadException}). */
        DROPPED,
        /** A {@code tell}-ed message whose handler threw (logged at ERROR already; the actor stopped or restarted). */
        FAILED
    }
}
