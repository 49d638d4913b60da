package dev.actors.spring.endpoint;

/**
 * Adds a section to the {@code actors} actuator endpoint's listing ({@code /actuator/actors}):
 * each bean of this type contributes one top-level member, {@link #name()}, beside
 * {@code "actors"}, whose value is {@link #contribution()} rendered as JSON. A module that runs
 * actors in its own way shows its state there: {@code actors-cluster-hazelcast} contributes
 * {@code "cluster"} (this member, its partitions, the cluster size, its clustered kinds).
 * Spring Boot's counterpart is {@code InfoContributor}; Pykka and Pekko have none.
 *
 * <p>Each read of the endpoint calls every contributor, in bean order ({@code @Order}), on the
 * request's thread: keep it a cheap snapshot. A contributor that throws fails that read only;
 * its name must be unique and not {@code "actors"} (checked when the endpoint is created).
 */
public interface ActorsEndpointContributor {

    /**
     * The member of the listing this contributor fills.
     *
     * @return a name unique among the contributors, not {@code "actors"}, e.g. {@code "cluster"}
     */
    String name();

    /**
     * What the listing shows under {@link #name()} now: a record, a map or a list that the
     * endpoint's JSON mapper can render.
     *
     * @return a snapshot, not {@code null}
     */
    Object contribution();
}
