package dev.actors.reliability;

/** The messages of the soak test. Each carries a unique id so that handling can be counted. */
sealed interface SoakMessage {

    /**
     * A told message that must be handled exactly once if it was told before the actor's stop.
     *
     * @param id unique over the whole run
     */
    record Count(long id) implements SoakMessage {
    }

    /**
     * An asked message; the reply is the id.
     *
     * @param id unique over the whole run
     */
    record Echo(long id) implements SoakMessage {
    }

    /**
     * A message whose handler injects a failure.
     *
     * @param fault what to inject
     */
    record Inject(Fault fault) implements SoakMessage {
    }
}
