package dev.actors.reliability;

/** A failure the soak test injects into an actor, in a handler or in a hook. */
enum Fault {
    /** An ask whose handler throws: the future fails, the actor lives on. */
    ASK_EXCEPTION(false),
    /** A tell whose handler throws: {@code onFailure} runs and the actor stops. */
    TELL_EXCEPTION(true),
    /**
     * An ask whose handler overflows its stack (a real {@code StackOverflowError}): it follows
     * the exception rules (Python's {@code RecursionError}), so the future fails and the actor
     * lives on.
     */
    ASK_STACK_OVERFLOW(false),
    /** A tell whose handler overflows its stack: {@code onFailure} runs and the actor stops. */
    TELL_STACK_OVERFLOW(true),
    /**
     * An ask whose handler throws {@code InternalError}, a {@code VirtualMachineError}: the ask
     * fails with it and every actor in the same registry is stopped.
     */
    VIRTUAL_MACHINE_ERROR(true),
    /** A tell whose handler leaves its thread's interrupt flag set: the actor must live on. */
    INTERRUPT_SELF(false),
    /** {@code onStart} throws: the actor stops before its first message. */
    ON_START_EXCEPTION(true),
    /** {@code onStart} leaves its thread's interrupt flag set: the actor must live on. */
    ON_START_INTERRUPT(false),
    /** {@code onStop} throws: logged, the actor is stopped all the same. */
    ON_STOP_EXCEPTION(false),
    /** {@code onFailure} throws (only matters once a tell has failed). */
    ON_FAILURE_EXCEPTION(false);

    private final boolean kills;

    Fault(boolean kills) {
        this.kills = kills;
    }

    /** @return whether the fault ends the actor's life without a stop */
    boolean kills() {
        return kills;
    }
}
