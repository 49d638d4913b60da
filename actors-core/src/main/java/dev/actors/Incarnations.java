package dev.actors;

import java.util.function.Supplier;

/**
 * Builds the instances of an actor's restarts. The factory runs on the actor's own thread with
 * the actor marked as "being restarted" there, and the first {@link Actor} of the actor's own
 * class constructed on that thread during the call joins its identity (same URN, ref and
 * mailbox), so that the new instance's constructor already sees the right {@code actorRef()}
 * (Pekko does the same with its actor-creation context). Actors of other classes the factory
 * builds on the way are actors of their own. A factory must therefore return an instance of the
 * same class as the first one, built in that call.
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
                    + " on a restart, an instance it did not build in that call (already started, cached, built on "
                    + "another thread, or of another class): return a new instance of " + Actor.displayName(home.getClass())
                    + ", built in the factory, from each call");
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
        // Only an instance of the actor's own class joins it: an actor of another class built on
        // the way (a dependency the factory resolves first, such as a Spring bean's constructor
        // argument) starts life as an actor of its own.
        if (restart == null || restart.joined != null || joining.getClass() != restart.home.getClass()) {
            return null;
        }
        restart.joined = joining;
        return restart.home;
    }
}
