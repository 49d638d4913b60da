package dev.actors.spring.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.actors.Entities;
import dev.actors.spring.ActorBeans;
import dev.actors.spring.ActorBeans.EntitiesBean;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Micrometer meters for the entities of the context's entity beans (prototype
 * {@code @Actor} classes with an {@code @EntityKey} constructor parameter), one set per entity
 * class, tagged {@code actor.class} with its fully qualified name:
 * <ul>
 * <li>{@code actors.entities.live} (gauge): live entity actors, those being passivated included
 *     ({@link Entities#liveCount()});</li>
 * <li>{@code actors.entities.passivations} (counter): incarnations passivated so far, for
 *     idleness or to stay within {@code actors.entities.max-live} ({@link Entities#passivations()}).</li>
 * </ul>
 * Several entity beans of one class add up. Both are read from the entities at scrape time,
 * so messages cost nothing extra; no base unit (Prometheus: {@code actors_entities_live},
 * {@code actors_entities_passivations_total}). The entity actors are actors too: the
 * {@link ActorMetrics} meters count them under the same {@code actor.class}. Pekko: the
 * sharding's entity count and passivation metrics.
 */
public final class EntityMetrics implements MeterBinder {

    private static final String TAG = "actor.class";

    private final Map<Class<?>, EntityClassMeters> metersByClass = new ConcurrentHashMap<>();

    /** Guarded by {@code this}, together with the creation of new per-class meters. */
    private final List<MeterRegistry> meterRegistries = new ArrayList<>();

    /**
     * Subscribes to the entities the context makes for its entity beans, those made already
     * included.
     *
     * @param actorBeans the context's actor bean directory
     */
    public EntityMetrics(ActorBeans actorBeans) {
        actorBeans.onEntitiesCreated(this::add);
    }

    @Override
    public synchronized void bindTo(MeterRegistry meterRegistry) {
        meterRegistries.add(meterRegistry);
        metersByClass.values().forEach(meters -> meters.register(meterRegistry));
    }

    private synchronized void add(EntitiesBean bean) {
        metersByClass.computeIfAbsent(bean.entities().entityType(), type -> {
            EntityClassMeters meters = new EntityClassMeters(Tags.of(TAG, type.getName()));
            meterRegistries.forEach(meters::register);
            return meters;
        }).entities.add(bean.entities());
    }

    /** The meters of one entity class, summed over its entity beans' entities. */
    private static final class EntityClassMeters {

        private final Tags tags;

        private final List<Entities<?, ?>> entities = new CopyOnWriteArrayList<>();

        EntityClassMeters(Tags tags) {
            this.tags = tags;
        }

        void register(MeterRegistry registry) {
            Gauge.builder("actors.entities.live", this, EntityClassMeters::live).tags(tags)
                    .description("Live entity actors (started and not yet stopped, those being passivated included)")
                    .register(registry);
            FunctionCounter.builder("actors.entities.passivations", this, EntityClassMeters::passivations).tags(tags)
                    .description("Entity actors passivated, for idleness or to stay within actors.entities.max-live")
                    .register(registry);
        }

        private double live() {
            return entities.stream().mapToInt(Entities::liveCount).sum();
        }

        private double passivations() {
            return entities.stream().mapToLong(Entities::passivations).sum();
        }
    }
}
