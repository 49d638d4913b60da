/**
 * Entities across the replicas of a service, on Hazelcast: {@link dev.actors.cluster.hazelcast.EntityCluster}
 * makes cluster-wide {@link dev.actors.Entities} whose every key's entity runs on the key's
 * partition owner. See docs/cluster.md for the design, its guarantees and its limits.
 *
 * <p>Inside: the sender serializes a remote message and queues it in its partition's
 * {@code Outbox} (one batch in flight per partition, retried until the owner takes it, so order
 * holds while partitions move); the owner's {@code Receiver} puts it into the local
 * {@code Entities} while it holds the partition's {@code Lease} (an IMap entry taken by
 * {@code AcquireLease} on the partition's own thread); a partition that moves is handed over
 * ({@code Handoff}: its entities passivated, then its lease cleared) before the next owner takes
 * the lease; replies return through the {@code ReplyMailer} to the asker's {@code PendingAsks},
 * each bounded by the ask timeout and failed when its owner leaves.
 */
package dev.actors.cluster.hazelcast;
