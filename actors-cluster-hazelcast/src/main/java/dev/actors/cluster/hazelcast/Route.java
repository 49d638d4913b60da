package dev.actors.cluster.hazelcast;

/**
 * Where a key's messages go: its serialized form (sent with each remote message) and its partition.
 *
 * @param key the serialized key
 * @param partition the key's partition
 */
record Route(byte[] key, int partition) {
}
