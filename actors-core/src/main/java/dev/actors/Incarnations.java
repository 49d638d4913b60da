package dev.actors;

import java.util.function.Supplier;

/**
 * Builds the instances of an actor's restarts. The factory runs on the actor's own thread with
 * the actor marked as "being restarted" there, and the first {@link Actor} constructed on that
 * thread during the call joins its identity (same URN, ref and mailbox), so that the new
 * instance's constructor already sees the right {@code actorRef()} (Pekko does the same with its
 * actor-creation context). The mark is cleared when the first actor takes it, and in any case
 * when the factory returns.
 */
final class Incarnations {

    private static final ThreadLocal<Actor> BEING_RESTARTED = new ThreadLocal<>();

    private Incarnations() {
    }

    /**
     * A new instance for {@code home}'s actor from {@code factory}.
     *
     * @throws IllegalStateException if the factory returned {@code null}, or an instance it did not
     *     build in this call (an already started or cached one, or one built on another thread)
     */
    static Actor build(Actor home, Supplier<? extends Actor> factory) {
        BEING_RESTARTED.set(home);
        Actor built;
        try {
            built = factory.get();
        } finally {
            BEING_RESTARTED.remove();
        }
        if (built == null) {
            throw new IllegalStateException("The factory of " + home.label() + " returned null on a restart: "
                    + "return a new instance from each call");
        }
        if (built.home() != home) {
            throw new IllegalStateException("The factory of " + home.label() + " returned " + built.label()
                    + " on a restart, an instance it did not build in that call (already started, cached, or built on "
                    + "another thread): return a new instance, built in the factory, from each call");
        }
        return built;
    }

    /** The actor being restarted on this thread, once: the caller (an actor constructor) joins it. */
    static Actor claim() {
        Actor home = BEING_RESTARTED.get();
        if (home != null) {
            BEING_RESTARTED.remove();
        }
        return home;
    }
}
