package dev.actors.spring.endpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.ActorTimeoutException;
import dev.actors.spring.ActorBeans;
import dev.actors.spring.ActorBeans.EntityIncarnation;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * The {@code actors} actuator endpoint: the live actors of the context's registry.
 *
 * <ul>
 * <li>read {@code /actuator/actors}: every live actor, in start order; an entity actor (an
 *     incarnation of an entity bean's {@code Entities}) with its entity bean's name and its
 *     {@code "key"} (the key's {@code toString()}), the others with a null key; beside
 *     {@code "actors"}, one member per {@link ActorsEndpointContributor} bean (e.g.
 *     {@code "cluster"} with {@code actors-cluster-hazelcast});</li>
 * <li>read {@code /actuator/actors/{urn}}: one actor, with its state ({@code restarting}
 *     during a restart's backoff) and the stack of the thread handling it (404 when no live
 *     actor has that URN);</li>
 * <li>delete {@code /actuator/actors/{urn}}: stops the actor (its queued messages first)
 *     and returns its final details (204 when no live actor has that URN). Only reachable
 *     with {@code management.endpoint.actors.access=unrestricted}: the default access is
 *     read-only.</li>
 * </ul>
 */
@Endpoint(id = "actors", defaultAccess = Access.READ_ONLY)
public class ActorsEndpoint {

    private final ActorRegistry registry;

    private final ActorBeans actorBeans;

    private final Duration stopTimeout;

    private final List<ActorsEndpointContributor> contributors;

    /**
     * Creates the endpoint without contributors.
     *
     * @param registry the context's registry
     * @param actorBeans gives each actor's bean name
     * @param stopTimeout how long a delete waits for the actor to stop
     */
    public ActorsEndpoint(ActorRegistry registry, ActorBeans actorBeans, Duration stopTimeout) {
        this(registry, actorBeans, stopTimeout, List.of());
    }

    /**
     * Creates the endpoint.
     *
     * @param registry the context's registry
     * @param actorBeans gives each actor's bean name
     * @param stopTimeout how long a delete waits for the actor to stop
     * @param contributors the sections the listing shows beside {@code "actors"}, in that order
     * @throws IllegalArgumentException if two contributors have the same name, or one is named {@code "actors"}
     */
    public ActorsEndpoint(ActorRegistry registry, ActorBeans actorBeans, Duration stopTimeout,
            List<? extends ActorsEndpointContributor> contributors) {
        this.registry = registry;
        this.actorBeans = actorBeans;
        this.stopTimeout = stopTimeout;
        this.contributors = List.copyOf(contributors);
        Set<String> names = new HashSet<>(Set.of(ActorsDescriptor.ACTORS));
        for (ActorsEndpointContributor contributor : this.contributors) {
            if (!names.add(contributor.name())) {
                throw new IllegalArgumentException("ActorsEndpointContributor " + contributor + " is named '"
                        + contributor.name() + "', which the actors endpoint shows already: give each contributor its "
                        + "own name, other than 'actors'");
            }
        }
    }

    /**
     * Lists the live actors, and what each contributor adds.
     *
     * @return the actors, in start order, and the contributions
     */
    @ReadOperation
    public ActorsDescriptor actors() {
        Map<String, Object> contributions = new LinkedHashMap<>();
        for (ActorsEndpointContributor contributor : contributors) {
            contributions.put(contributor.name(), contributor.contribution());
        }
        return new ActorsDescriptor(registry.getAll().stream().map(this::describe).toList(),
                Collections.unmodifiableMap(contributions));
    }

    /**
     * Describes one live actor.
     *
     * @param urn the actor's URN
     * @return its details, or {@code null} (404) when no live actor has that URN
     */
    @ReadOperation
    public @Nullable ActorDetailsDescriptor actor(@Selector String urn) {
        return registry.getByUrn(urn).map(this::details).orElse(null);
    }

    /**
     * Stops one actor, waiting at most the configured stop timeout
     * ({@code actors.shutdown-timeout}).
     *
     * @param urn the actor's URN
     * @return its details afterwards: {@code "alive": false} once stopped, or still alive (and
     *     sent a stop all the same) when it did not stop within the timeout; {@code null} when
     *     no live actor has that URN
     */
    @DeleteOperation
    public @Nullable ActorDetailsDescriptor stopActor(@Selector String urn) {
        return registry.getByUrn(urn).map(ref -> {
            try {
                ref.stop(stopTimeout);
            }
            catch (ActorTimeoutException stillStopping) {
                // The stop stays queued behind the current message; the details say it is still alive.
            }
            return details(ref);
        }).orElse(null);
    }

    private ActorDescriptor describe(ActorRef<?> ref) {
        Optional<EntityIncarnation> entity = actorBeans.entityOf(ref);
        String beanName = entity.map(EntityIncarnation::beanName).or(() -> actorBeans.beanName(ref)).orElse(null);
        return new ActorDescriptor(ref.actorUrn(), ref.actorClass().getName(), beanName,
                entity.map(incarnation -> keyText(incarnation.key())).orElse(null), ref.isAlive(), ref.mailboxSize(),
                ref.processedCount(), ref.failedCount(), ref.restartCount(), ref.startedAt().orElse(null));
    }

    private ActorDetailsDescriptor details(ActorRef<?> ref) {
        ActorDescriptor actor = describe(ref);
        List<String> stack = ref.stackTrace().stream().map(StackTraceElement::toString).toList();
        return new ActorDetailsDescriptor(actor.urn(), actor.actorClass(), actor.beanName(), actor.key(), actor.alive(),
                actor.mailboxSize(), actor.processed(), actor.failed(), actor.restartCount(), actor.startedAt(),
                ref.state().name().toLowerCase(Locale.ROOT), stack);
    }

    /** The key's {@code toString()}, which is user code: one that throws must not fail the whole listing. */
    private static String keyText(Object key) {
        try {
            return String.valueOf(key);
        }
        catch (RuntimeException unprintable) {
            return key.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(key));
        }
    }

    /**
     * The live actors, and what the {@link ActorsEndpointContributor}s add: rendered as one
     * JSON object, {@code "actors"} first, then one member per contribution.
     *
     * @param actors one entry per actor, in start order
     * @param contributions by contributor name, in contributor order
     */
    public record ActorsDescriptor(List<ActorDescriptor> actors, @JsonIgnore Map<String, Object> contributions)
            implements OperationResponseBody {

        /** The name of the actors' member, which no contributor may take. */
        public static final String ACTORS = "actors";

        /**
         * The listing of {@code actors}, without contributions.
         *
         * @param actors one entry per actor, in start order
         */
        public ActorsDescriptor(List<ActorDescriptor> actors) {
            this(actors, Map.of());
        }

        /**
         * The contributions as members of the JSON object, beside {@code "actors"}.
         *
         * @return the contributions
         */
        @JsonAnyGetter
        public Map<String, Object> contributionMembers() {
            return contributions;
        }
    }

    /**
     * One actor.
     *
     * @param urn its URN
     * @param actorClass its fully qualified class name
     * @param beanName the {@code @Actor} bean it came from, or null when not started as a bean
     * @param key for an entity actor, its key's {@code toString()}; null for the others
     * @param alive whether it is alive
     * @param mailboxSize messages waiting
     * @param processed messages handled
     * @param failed messages whose handling threw
     * @param restartCount how many times its restart policy has restarted it
     * @param startedAt when it started (its first instance; a restart keeps it)
     */
    public record ActorDescriptor(String urn, String actorClass, @Nullable String beanName, @Nullable String key,
            boolean alive,
            int mailboxSize, long processed, long failed, int restartCount, @Nullable Instant startedAt)
            implements OperationResponseBody {
    }

    /**
     * One actor in detail: {@link ActorDescriptor}'s fields plus its state and stack.
     *
     * @param urn its URN
     * @param actorClass its fully qualified class name
     * @param beanName the {@code @Actor} bean it came from, or null when not started as a bean
     * @param key for an entity actor, its key's {@code toString()}; null for the others
     * @param alive whether it is alive
     * @param mailboxSize messages waiting
     * @param processed messages handled
     * @param failed messages whose handling threw
     * @param restartCount how many times its restart policy has restarted it
     * @param startedAt when it started (its first instance; a restart keeps it)
     * @param state {@code running} (handling a message), {@code idle}, {@code restarting} (waiting
     *     out its restart policy's backoff after a failure; messages wait for the new instance) or
     *     {@code stopped}
     * @param stack the frames of the thread handling it; empty when it holds no thread
     */
    public record ActorDetailsDescriptor(String urn, String actorClass, @Nullable String beanName,
            @Nullable String key, boolean alive,
            int mailboxSize, long processed, long failed, int restartCount, @Nullable Instant startedAt, String state,
            List<String> stack) implements OperationResponseBody {
    }
}
