package dev.actors.cluster.hazelcast;

import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * A small key-value store for entity state that must survive a member's crash: a Hazelcast
 * {@link IMap} ({@code actors.state.<name>}) whose writes wait for its synchronous backup, so a
 * saved state is on two members when {@link #save} returns. An entity typically loads its state
 * in {@code onStart} and saves it after each change (or in {@code onStop}, which a handoff runs
 * before the next owner's {@code onStart}: a crash skips {@code onStop}, so save what must not be
 * lost as it changes). Values must be serializable as messages are. Made by
 * {@link EntityCluster#stateStore(String)}. Thread-safe. Pekko: a persistent actor's snapshot
 * store, without the journal.
 *
 * @param <K> the key type (the entity's)
 * @param <S> the state type
 */
public final class EntityStateStore<K, S> {

    private final IMap<K, S> map;

    EntityStateStore(IMap<K, S> map) {
        this.map = map;
    }

    /** The store on the IMap {@code mapName}; a map configured without backups is logged at WARN (a crash loses states). */
    static <K, S> EntityStateStore<K, S> open(HazelcastInstance hazelcast, String mapName) {
        MapConfig config = hazelcast.getConfig().findMapConfig(mapName);
        if (config.getBackupCount() < 1) {
            LoggerFactory.getLogger(EntityCluster.class).warn("The state store {} has no synchronous backup (backup-count {}): "
                    + "a member's crash loses the states it owns. Configure backup-count 1 or more for {}",
                    mapName.substring(EntityCluster.STATE_MAP_PREFIX.length()), config.getBackupCount(), mapName);
        }
        return new EntityStateStore<>(hazelcast.getMap(mapName));
    }

    /**
     * The saved state of {@code key}.
     *
     * @param key the entity's key
     * @return the state, empty if none was saved (or it was deleted)
     * @throws NullPointerException if {@code key} is {@code null}
     */
    public Optional<S> load(K key) {
        return Optional.ofNullable(map.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * Saves the state of {@code key}, replacing what was saved; returns once the owner and its
     * synchronous backup have it.
     *
     * @param key the entity's key
     * @param state the state
     * @throws NullPointerException if either is {@code null}
     */
    public void save(K key, S state) {
        map.set(Objects.requireNonNull(key, "key"), Objects.requireNonNull(state, "state"));
    }

    /**
     * Deletes the saved state of {@code key}, if any.
     *
     * @param key the entity's key
     * @throws NullPointerException if {@code key} is {@code null}
     */
    public void delete(K key) {
        map.delete(Objects.requireNonNull(key, "key"));
    }

    /**
     * The keys of every saved state, across the cluster: a snapshot (Hazelcast's
     * {@code IMap.keySet()}, which asks every partition, so it costs one call per member: fine
     * for listing, not for a hot path). Pekko Persistence: {@code currentPersistenceIds}.
     *
     * @return the keys saved when each partition answered, unmodifiable
     */
    public Set<K> keys() {
        return Set.copyOf(map.keySet());
    }

    /**
     * The IMap's name, {@code actors.state.<name>} (configure its backups there).
     *
     * @return the map name
     */
    public String mapName() {
        return map.getName();
    }

    @Override
    public String toString() {
        return "EntityStateStore(" + map.getName() + ")";
    }
}
