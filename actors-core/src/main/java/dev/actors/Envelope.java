package dev.actors;

/**
 * A message on its way through a {@link Mailbox}, and the mailbox's queue node at the same
 * time (an intrusive queue: one allocation per message). Pykka: {@code pykka._envelope.Envelope}.
 */
final class Envelope {

    /** The message; cleared once taken so that the queue's stub node retains nothing. */
    Object message;
    /** Where the reply goes; {@code null} for a tell. */
    ThreadingFuture<Object> reply;
    /** A fire-and-forget call with ask semantics: a failure is logged at WARN, the actor lives on. */
    final boolean warnOnFailure;
    /** Holds a permit of a bounded mailbox, given back when taken. */
    boolean counted;
    /** Position in the mailbox, set when enqueued: the tail's sequence minus the taken one is the size. */
    long sequence;
    /** What the registry's {@link MessageHook} captured on the sender's thread; {@code null} without a hook. */
    Object context;
    /**
     * Set when {@link #context} was captured on the sender's thread before the envelope was held
     * back (an entity message waiting for its incarnation), so that the send that finally queues
     * it, from another thread, keeps that capture.
     */
    boolean contextCaptured;
    /** Next node; written once by the producer that linked after this one (see Mailbox). */
    volatile Envelope next;

    Envelope(Object message, ThreadingFuture<Object> reply, boolean warnOnFailure) {
        this.message = message;
        this.reply = reply;
        this.warnOnFailure = warnOnFailure;
    }

    static Envelope tell(Object message) {
        return new Envelope(message, null, false);
    }

    static Envelope ask(Object message, ThreadingFuture<Object> reply) {
        return new Envelope(message, reply, false);
    }

    /** A call whose result nobody waits for, with ask semantics (a typed proxy's void method). */
    static Envelope fireAndForget(Object message) {
        return new Envelope(message, null, true);
    }

    /** How the message was sent, for the {@link MessageHook}. */
    MessageHook.Kind kind() {
        return message instanceof ActorCommand ? MessageHook.Kind.CALL
                : reply == null ? MessageHook.Kind.TELL : MessageHook.Kind.ASK;
    }

    @Override
    public String toString() {
        return "Envelope(message=" + message + ", reply=" + reply + ")";
    }
}
