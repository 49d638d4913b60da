package dev.actors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Calls a registry's {@link MessageHook} so that a hook that throws never loses a message,
 * fails its future or harms the actor: its failure is logged at ERROR and the message goes on
 * without it.
 */
final class MessageHooks {

    private static final Logger log = LoggerFactory.getLogger(MessageHook.class);

    /** What {@link #restore} returns when there is nothing to close. */
    private static final MessageHook.Scope NOTHING = failure -> { };

    private MessageHooks() {
    }

    /** On the sender's thread, before the envelope is offered (the offer publishes the field). */
    static void capture(MessageHook hook, Actor recipient, Envelope envelope) {
        try {
            envelope.context = hook.capture(recipient.actorRef(), envelope.kind());
        } catch (Throwable hookFailure) {
            SafeLog.log(log, Level.ERROR, "MessageHook {}.capture failed for a message to {}; sent without it",
                    hook.getClass().getName(), recipient.label(), hookFailure);
        }
    }

    /**
     * On the actor's thread, as a handler starts a timer: what every delivery of that timer's
     * message restores (as a {@link MessageHook.Kind#TELL}), or {@code null} if the hook failed.
     */
    static Object captureForTimer(MessageHook hook, Actor recipient) {
        try {
            return hook.capture(recipient.actorRef(), MessageHook.Kind.TELL);
        } catch (Throwable hookFailure) {
            SafeLog.log(log, Level.ERROR, "MessageHook {}.capture failed for a timer of {}; it is delivered without it",
                    hook.getClass().getName(), recipient.label(), hookFailure);
            return null;
        }
    }

    /** On the actor's thread, just before the handler runs; never {@code null}. */
    static MessageHook.Scope restore(MessageHook hook, Actor recipient, Envelope envelope) {
        try {
            MessageHook.Scope scope = hook.restore(recipient.actorRef(), envelope.kind(), envelope.context);
            return scope == null ? NOTHING : scope;
        } catch (Throwable hookFailure) {
            SafeLog.log(log, Level.ERROR, "MessageHook {}.restore failed in {}; the message is handled without it",
                    hook.getClass().getName(), recipient.label(), hookFailure);
            return NOTHING;
        }
    }

    /** On the actor's thread, right after the handler returned or threw. */
    static void close(MessageHook.Scope scope, Actor recipient, Throwable failure) {
        try {
            scope.close(failure);
        } catch (Throwable hookFailure) {
            SafeLog.log(log, Level.ERROR, "MessageHook scope {}.close failed in {}", scope.getClass().getName(),
                    recipient.label(), hookFailure);
        }
    }
}
