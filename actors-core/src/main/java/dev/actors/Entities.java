package dev.actors;

import java.util.Set;

/**
 * One actor per key, started on demand by the first message to its key and passivated (stopped
 * normally, {@link Actor#onStop()} runs) when idle; the local half of sharding. Made by
 * {@link ActorRegistry#entities(Class, java.util.function.Function, EntitySettings)}.
 * Thread-safe. Pekko: {@code ClusterSharding} entities ({@code EntityRef}, passivation); Pykka: none.
 *
 * <p>Guarantees: at most one live actor per key; a message racing with a passivation is never
 * lost and never fails with {@link ActorDeadException} (the old incarnation handles it before it
 * stops, or a new one started for it does); messages from one sender to one key are handled in
 * send order, across incarnations.
 *
 * @param <K> the key type (needs {@code equals}/{@code hashCode})
 * @param <A> the entity actor's type
 */
public interface Entities<K, A extends Actor> {

    /**
     * The entity kind: the class given when these entities were made.
     *
     * @return the entity actor class
     */
    Class<A> entityType();

    /**
     * The settings these entities were made with.
     *
     * @return the settings
     */
    EntitySettings settings();

    /**
     * A ref to the entity of {@code key}: cheap, starts nothing (the first message does).
     *
     * @param key the key
     * @return the entity's ref, valid across incarnations
     * @throws NullPointerException if {@code key} is {@code null}
     */
    EntityRef<K, A> ref(K key);

    /**
     * Tells the entity of {@code key}, starting it if it is not live. Same as {@code ref(key).tell(message)}.
     *
     * @param key the key
     * @param message the message
     * @throws NullPointerException if {@code key} or {@code message} is {@code null}
     */
    void tell(K key, Object message);

    /**
     * Asks the entity of {@code key}, starting it if it is not live. Same as {@code ref(key).ask(message)}.
     *
     * @param key the key
     * @param message the message
     * @param <R> the reply type
     * @return the reply's future
     * @throws NullPointerException if {@code key} or {@code message} is {@code null}
     */
    <R> ActorFuture<R> ask(K key, Object message);

    /**
     * How many entities are live now (started, not yet passivated).
     *
     * @return a moment's count
     */
    int liveCount();

    /**
     * The keys whose entities are live now.
     *
     * @return a snapshot
     */
    Set<K> liveKeys();
}
