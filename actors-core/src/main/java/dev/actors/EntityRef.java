package dev.actors;

/**
 * A handle to the entity of one key, whichever incarnation of it is live (or none yet): each
 * message starts one if needed, so an {@code EntityRef} never goes stale, unlike an incarnation's
 * {@link ActorRef}. Safe to share between threads and to keep. Equal by entities and key;
 * {@code toString()} names the kind and the key. Made by {@link Entities#ref(Object)}.
 * Pekko: {@code EntityRef}.
 *
 * <p>Only messages and typed interface calls go through it (no lambdas: they could not be
 * routed to another JVM), with the semantics of {@link Entities}.
 *
 * @param <K> the key type
 * @param <A> the entity actor's type
 */
public interface EntityRef<K, A extends Actor> {

    /**
     * The entity's key. Pekko: {@code EntityRef.entityId}.
     *
     * @return the key
     */
    K key();

    /**
     * Fire and forget, as {@link ActorRef#tell(Object)}, to the live incarnation (started if none
     * is). Never throws {@link ActorDeadException} for a passivated entity. Pekko: {@code tell}.
     *
     * @param message the message
     * @throws NullPointerException if {@code message} is {@code null}
     */
    void tell(Object message);

    /**
     * Ask, as {@link ActorRef#ask(Object)}, of the live incarnation (started if none is). Pekko: {@code ask}.
     *
     * @param message the message
     * @param <R> the reply type
     * @return the reply's future
     * @throws NullPointerException if {@code message} is {@code null}
     */
    <R> ActorFuture<R> ask(Object message);

    /**
     * A typed interface proxy, as {@link ActorRef#proxy(Class)}, whose every call goes to the
     * live incarnation (started if none is), in order with this key's other messages. Checked
     * against the entity class when made; making it starts nothing. Pekko: none (a typed
     * {@code EntityRef}).
     *
     * @param api the interface
     * @param <I> the interface type
     * @return the proxy; equal to another when both proxy the same entity as the same interface
     * @throws IllegalArgumentException if {@code api} is not an interface or the entity class lacks a method of it
     * @throws NullPointerException if {@code api} is {@code null}
     */
    <I> I proxy(Class<I> api);
}
