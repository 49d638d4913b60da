package dev.actors.cluster.hazelcast;

/**
 * A moment's view of one entity kind of this member's {@link EntityCluster}, for monitoring
 * ({@code /actuator/actors}).
 *
 * @param kind the kind's name: the entity class's name, the same on every member
 * @param liveEntities how many of its entities run on this member now
 * @param passivations how many of its incarnations this member has passivated so far
 */
public record ClusteredKindStatus(String kind, int liveEntities, long passivations) {
}
