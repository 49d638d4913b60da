package dev.actors;

/**
 * A handle to the entity of one key, whichever incarnation of it is live (or none yet): each
 * message starts one if needed. Equal by entities and key. Made by {@link Entities#ref(Object)}.
 * Pekko: {@code EntityRef}.
 *
 * @param <K> the key type
 * @param <A> the entity actor's type
 */
public interface EntityRef<K, A extends Actor> {

    /**
     * The entity's key.
     *
     * @return the key
     */
    K key();

    /**
     * Fire and forget, as {@link ActorRef#tell(Object)}, to the live incarnation (started if none is).
     *
     * @param message the message
     * @throws NullPointerException if {@code message} is {@code null}
     */
    void tell(Object message);

    /**
     * Ask, as {@link ActorRef#ask(Object)}, of the live incarnation (started if none is).
     *
     * @param message the message
     * @param <R> the reply type
     * @return the reply's future
     * @throws NullPointerException if {@code message} is {@code null}
     */
    <R> ActorFuture<R> ask(Object message);

    /**
     * A typed interface proxy, as {@link ActorRef#proxy(Class)}, whose every call goes to the
     * live incarnation (started if none is). Checked against the entity class when made.
     *
     * @param api the interface
     * @param <I> the interface type
     * @return the proxy
     * @throws IllegalArgumentException if {@code api} is not an interface or the entity class lacks a method of it
     */
    <I> I proxy(Class<I> api);
}
