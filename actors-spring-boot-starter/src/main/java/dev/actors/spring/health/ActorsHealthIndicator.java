package dev.actors.spring.health;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.ActorState;
import dev.actors.spring.ActorBeans;
import dev.actors.spring.ActorBeans.FailedActorBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the context's actors: UP with counts ({@code active}, {@code running},
 * {@code idle}, {@code restarting}); DOWN when a singleton
 * {@link dev.actors.spring.Actor @Actor} bean's actor has died of a failure (an exception from
 * a {@code tell}-ed message or from {@code onStart}), listing each with its bean name, class,
 * URN and failure. A prototype actor dying, or any actor stopped normally, does not change the
 * status.
 *
 * <p>Restart policies: an actor waiting out a restart's backoff is alive and keeps the status
 * UP; {@code restarting} counts such actors (Pekko's backoff supervisor is not a failure
 * either). One that exhausted its restarts has died of its last failure: DOWN as above.
 */
public class ActorsHealthIndicator extends AbstractHealthIndicator {

    private final ActorRegistry registry;

    private final ActorBeans actorBeans;

    /**
     * Creates the indicator.
     *
     * @param registry the context's registry
     * @param actorBeans knows which singleton actors died of a failure
     */
    public ActorsHealthIndicator(ActorRegistry registry, ActorBeans actorBeans) {
        super("Actors health check failed");
        this.registry = registry;
        this.actorBeans = actorBeans;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<ActorRef<?>> live = registry.getAll();
        // One read of each actor's state, so that the counts add up.
        Map<ActorState, Long> byState = live.stream().collect(Collectors.groupingBy(ActorRef::state,
                () -> new EnumMap<>(ActorState.class), Collectors.counting()));
        List<FailedActorBean> failed = actorBeans.failedSingletons();
        builder.withDetail("active", live.size())
                .withDetail("running", byState.getOrDefault(ActorState.RUNNING, 0L))
                .withDetail("idle", byState.getOrDefault(ActorState.IDLE, 0L))
                .withDetail("restarting", byState.getOrDefault(ActorState.RESTARTING, 0L))
                .withDetail("failedSingletons", failed.size());
        if (failed.isEmpty()) {
            builder.up();
            return;
        }
        builder.down().withDetail("failed", failed.stream().map(ActorsHealthIndicator::describe).toList());
    }

    private static Map<String, String> describe(FailedActorBean failed) {
        Map<String, String> description = new LinkedHashMap<>();
        description.put("beanName", failed.beanName());
        description.put("actorClass", failed.ref().actorClass().getName());
        description.put("urn", failed.ref().actorUrn());
        description.put("failure", failed.failure().toString());
        return description;
    }
}
