package dev.actors.cluster.hazelcast;

/**
 * One entity of one kind on this member, as a map key.
 *
 * @param kind the entity kind's name
 * @param key the entity's key
 */
record EntityKey(String kind, Object key) {
}
