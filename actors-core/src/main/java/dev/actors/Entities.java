package dev.actors;

import java.util.Optional;
import java.util.Set;

/**
 * One actor per key, started on demand by the first message to its key and passivated (stopped
 * normally, {@link Actor#onStop()} runs) when idle; the local half of sharding. Made by
 * {@link ActorRegistry#entities(Class, java.util.function.Function, EntitySettings)}.
 * Thread-safe. Pekko: {@code ClusterSharding} entities ({@code EntityRef}, passivation); Pykka: none.
 *
 * <p>Guarantees:
 * <ul>
 * <li>At most one live actor per key; concurrent first messages to a key start one actor.</li>
 * <li>Each start of a key's entity (an incarnation) is {@code registry.startFrom(() ->
 *     factory.apply(key))}, so the entity's {@link RestartPolicy} applies to each incarnation.</li>
 * <li>Passivation: an entity with no message queued or handled for the
 *     {@linkplain EntitySettings#idleTimeout() idle timeout} is stopped normally, between that
 *     timeout and about one and a half times it after its last message; starting one more than
 *     {@linkplain EntitySettings#maxLive() maxLive} passivates the least recently sent-to one
 *     (exact LRU; its queued messages are handled first). Only messages sent through these
 *     entities count as activity: a timer's or a message sent to an incarnation's own
 *     {@link ActorRef} does not keep it live.</li>
 * <li>A message racing with a passivation is never lost and never fails with
 *     {@link ActorDeadException}: the old incarnation handles it before it stops, or a new one
 *     started for it does. A new incarnation starts only once the old one has stopped (its
 *     {@code onStop} has returned), so state saved in {@code onStop} can be loaded in
 *     {@code onStart}; messages sent meanwhile wait, in order (their asks just take longer).</li>
 * <li>Messages from one sender to one key are handled in send order, across incarnations.</li>
 * <li>A passivated key costs nothing: nothing is kept for it once no message waits for it.</li>
 * </ul>
 *
 * <p>The entity actors are ordinary actors of the registry ({@code getAll}, {@code getByClass},
 * listeners). One stopped from outside ({@code ref.stop()}, {@code registry.stopAll()}, or its own
 * {@code stop()}) or dead of a failure (no restart policy, or its restarts exhausted) ends as any
 * actor: its queued messages are dead letters ({@code DROPPED}), and a message racing with that
 * stop or death can fail as it would for any actor. The next message to its key starts a new
 * incarnation; so does one sent during or after {@code registry.stopAll()}. Give other actors the
 * {@link EntityRef} (or the key), not an incarnation's {@code ActorRef}: that one dies with its
 * incarnation.
 *
 * <p>When the factory throws (or returns {@code null} or an actor already started: an
 * {@link IllegalStateException} naming the kind and the key), every message waiting for that
 * start fails: asks with that exception, tells are logged at ERROR with it (a {@code tell} never
 * throws it, as in Pekko). The next message tries again.
 *
 * @param <K> the key type (needs {@code equals}/{@code hashCode}; keys should be immutable)
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
     * Pekko: {@code ClusterSharding.entityRefFor}.
     *
     * @param key the key
     * @return the entity's ref, valid across incarnations
     * @throws NullPointerException if {@code key} is {@code null}
     */
    EntityRef<K, A> ref(K key);

    /**
     * Tells the entity of {@code key}, starting it if it is not live. Same as {@code ref(key).tell(message)}.
     * Pekko: {@code EntityRef.tell}.
     *
     * @param key the key
     * @param message the message
     * @throws NullPointerException if {@code key} or {@code message} is {@code null}
     */
    void tell(K key, Object message);

    /**
     * Asks the entity of {@code key}, starting it if it is not live. Same as {@code ref(key).ask(message)}.
     * Pekko: {@code EntityRef.ask}.
     *
     * @param key the key
     * @param message the message
     * @param <R> the reply type
     * @return the reply's future; it fails with the factory's exception if the entity cannot be started
     * @throws NullPointerException if {@code key} or {@code message} is {@code null}
     */
    <R> ActorFuture<R> ask(K key, Object message);

    /**
     * How many entities are live now: started and not yet stopped (those being passivated
     * included, so it can exceed {@code maxLive} while their {@code onStop} runs). Pekko: the
     * shard's entity count.
     *
     * @return a moment's count
     */
    int liveCount();

    /**
     * The keys whose entities are live now (as {@link #liveCount()}).
     *
     * @return a snapshot
     */
    Set<K> liveKeys();

    /**
     * How many incarnations these entities have passivated so far, for idleness or to stay
     * within {@code maxLive} (not counting stops from outside or deaths). Pekko: none (a
     * passivation metric of the shard).
     *
     * @return the count since these entities were made
     */
    long passivations();

    /**
     * The key of the entity whose live incarnation {@code ref} is: for monitoring (the
     * {@code "key"} of an actor in the Actuator endpoint). Pekko: the entity id.
     *
     * @param ref any actor's ref
     * @return its key, or empty if {@code ref} is not a live incarnation of these entities
     * @throws NullPointerException if {@code ref} is {@code null}
     */
    Optional<K> keyOf(ActorRef<?> ref);
}
