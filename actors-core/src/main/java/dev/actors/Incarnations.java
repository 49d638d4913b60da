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

    private static final ThreadLocal<Restart> BEING_RESTARTED = new ThreadLocal<>();

    /** One restart's build: the actor being restarted and the instance that joined it, if one did. */
    private static final class Restart {
        final Actor home;
        Actor joined;

        Restart(Actor home) {
            this.home = home;
        }
    }

    private Incarnations() {
    }

    /**
     * A new instance for {@code home}'s actor from {@code factory}.
     *
     * @throws IllegalStateException if the factory returned {@code null}, or an instance it did not
     *     build in this call (an already started or cached one, or one built on another thread)
     */
    static Actor build(Actor home, Supplier<? extends Actor> factory) {
        Restart restart = new Restart(home);
        BEING_RESTARTED.set(restart);
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
        if (built != restart.joined) {
            throw new IllegalStateException("The factory of " + home.label() + " returned " + built.label()
                    + " on a restart, an instance it did not build in that call (already started, cached, or built on "
                    + "another thread): return a new instance, built in the factory, from each call");
        }
        return built;
    }

    /**
     * The actor being restarted on this thread, once: the caller, an actor constructor, joins it.
     *
     * @param joining the instance under construction
     * @return the actor it joins, or {@code null} when no restart is building on this thread
     */
    static Actor claim(Actor joining) {
        Restart restart = BEING_RESTARTED.get();
        if (restart == null || restart.joined != null) {
            return null;
        }
        restart.joined = joining;
        return restart.home;
    }
}
