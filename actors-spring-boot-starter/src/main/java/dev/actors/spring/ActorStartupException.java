package dev.actors.spring;

import java.util.List;

import org.springframework.beans.FatalBeanException;

/**
 * A singleton {@link Actor @Actor} bean did not start: its {@code onStart()} threw (the
 * exception is the cause; with a restart policy, once the actor has exhausted its restarts),
 * or it was still in {@code onStart()} when
 * {@code actors.startup-timeout} ran out. The application context fails to start;
 * {@link dev.actors.spring.diagnostics.ActorStartupFailureAnalyzer} reports it.
 *
 * <p>Pykka has no equivalent (its {@code start()} does not wait for {@code on_start}).
 */
public final class ActorStartupException extends FatalBeanException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> beanNames;

    private final boolean timedOut;

    private ActorStartupException(String message, List<String> beanNames, boolean timedOut, Throwable cause) {
        super(message, cause);
        this.beanNames = List.copyOf(beanNames);
        this.timedOut = timedOut;
    }

    /**
     * The actor bean's {@code onStart()} threw.
     *
     * @param beanName the bean's name
     * @param actor the actor, as the runtime names it
     * @param failure what {@code onStart()} threw (the last time, after restarts)
     * @param restarts how many times its restart policy restarted it before it gave up
     * @return the exception, with {@code failure} as its cause
     */
    static ActorStartupException failedInOnStart(String beanName, String actor, Throwable failure, int restarts) {
        String restarted = restarts == 0 ? "" : " (after " + restarts + (restarts == 1 ? " restart" : " restarts")
                + " by its restart policy)";
        return new ActorStartupException("@Actor bean '" + beanName + "' (" + actor + ") failed in onStart()"
                + restarted + ": " + describe(failure), List.of(beanName), false, failure);
    }

    /**
     * Actor beans still in {@code onStart()} when the startup timeout ran out.
     *
     * @param actors the actors still starting, bean name and actor each
     * @param beanNames their bean names
     * @param timeout the timeout, as configured
     * @return the exception
     */
    static ActorStartupException stillInOnStart(List<String> actors, List<String> beanNames, String timeout) {
        return new ActorStartupException(actors.size() + " @Actor beans were still in onStart() when "
                + "actors.startup-timeout (" + timeout + ") ran out: " + String.join(", ", actors),
                beanNames, true, null);
    }

    /**
     * The names of the actor beans that did not start.
     *
     * @return one name for a failure, every actor still starting for a timeout
     */
    public List<String> getBeanNames() {
        return beanNames;
    }

    /**
     * Whether the startup timeout ran out (rather than an {@code onStart()} throwing).
     *
     * @return {@code true} for a timeout
     */
    public boolean isTimedOut() {
        return timedOut;
    }

    /** The failure's class and message, never failing: a hostile getMessage() must not hide the cause. */
    private static String describe(Throwable failure) {
        try {
            return String.valueOf(failure);
        }
        catch (RuntimeException | LinkageError unprintable) {
            return failure.getClass().getName() + " (its message could not be read: "
                    + unprintable.getClass().getName() + ")";
        }
    }
}
