package dev.actors;

/**
 * Where the calls of a typed interface proxy ({@link TypedProxy}) are sent: one actor
 * ({@link ActorTarget}, behind {@link ActorRef#proxy(Class)}) or the entity of one key, whichever
 * incarnation of it is live ({@link LocalEntityRef}, behind {@link EntityRef#proxy(Class)}).
 * Equality is the proxies': two proxies of one interface are equal when their targets are.
 */
interface ProxyTarget {

    /** Sends a {@code void} method's call: ask semantics without a future (failures logged at WARN). */
    void sendCall(MethodCall call);

    /** Sends a call whose reply goes to the returned future; never throws for a dead actor. */
    ThreadingFuture<Object> askCall(MethodCall call);

    /**
     * The actor that would answer a call sent now, for the self-wait check (a blocking call from
     * its own handler would deadlock) and as the completer of a flattened reply; {@code null}
     * when none is known yet (an entity not started).
     */
    Actor answerer();

    /** The registry whose ask timeout a blocking call waits for, never {@code null}. */
    ActorRegistry registry();

    /** Names the target in errors and in the proxy's {@code toString()}, never calling user code that may throw. */
    String label();
}
