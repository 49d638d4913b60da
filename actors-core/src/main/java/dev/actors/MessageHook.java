package dev.actors;

/**
 * Carries thread-local context (a trace, MDC values, security) from the thread that sends a
 * message to the actor's thread that handles it, and brackets each handling: "capture at
 * send, restore around handling". Registered per registry with
 * {@code ActorRegistry.setMessageHook(MessageHook)}; with none registered (the default),
 * sending and handling run no hook code and allocate nothing for it.
 *
 * <p>Pykka has no equivalent; Pekko has none built in (telemetry agents instrument its
 * mailboxes). Spring's {@code TaskDecorator} plays this role for executors; the Spring Boot
 * starter implements this hook with Micrometer's context-propagation and Observation API.
 *
 * <p>{@link #capture} runs on the sender's thread at {@code tell}, {@code ask} and every
 * proxy call, before the message is queued, and when a handler starts a timer (on the actor's
 * thread, kind {@code TELL}: every delivery of that timer restores what was captured then);
 * {@link #restore} runs on the actor's thread just
 * before that message is handled, and the {@link Scope} it returns is closed just after,
 * on the same thread, also when the handler throws. Stop requests are not hooked. A hook
 * that throws is logged at ERROR and never loses the message, fails its future or harms the
 * actor: the message is then sent or handled without it.
 */
public interface MessageHook {

    /** How a message was sent; an Observation's {@code message.kind}. */
    enum Kind {
        /** {@link ActorRef#tell(Object)}: fire and forget. */
        TELL,
        /** {@link ActorRef#ask(Object)}: the reply goes to a future. */
        ASK,
        /** A proxy call: {@link ActorProxy} {@code call}/{@code run}/{@code defer} or a typed interface method. */
        CALL
    }

    /**
     * Runs on the sending thread as a message is sent. Pykka: none.
     *
     * @param recipient the actor the message is for
     * @param kind how it is sent
     * @return what the handling needs (for example a context snapshot), or {@code null} for nothing
     */
    Object capture(ActorRef<?> recipient, Kind kind);

    /**
     * Runs on the actor's thread just before the message is handled. Pykka: none.
     *
     * @param recipient the actor handling the message
     * @param kind how it was sent
     * @param captured what {@link #capture} returned on the sender's thread (may be {@code null})
     * @return the scope to close once the message is handled, never {@code null}
     */
    Scope restore(ActorRef<?> recipient, Kind kind, Object captured);

    /** What {@link #restore} opened around one handling. */
    interface Scope {

        /**
         * Runs on the actor's thread right after the handling. Pykka: none.
         *
         * @param failure what the handler threw (returned to an asker or not), or {@code null} if it returned normally
         */
        void close(Throwable failure);
    }
}
