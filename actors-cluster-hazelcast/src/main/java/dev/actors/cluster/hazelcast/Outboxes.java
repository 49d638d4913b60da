package dev.actors.cluster.hazelcast;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** This member's {@link Outbox}es, one per partition. */
final class Outboxes {

    private final Outbox[] outboxes;

    Outboxes(int partitions, Transport transport) {
        this.outboxes = new Outbox[partitions];
        for (int partition = 0; partition < partitions; partition++) {
            outboxes[partition] = new Outbox(partition, transport);
        }
    }

    Outbox get(int partition) {
        return outboxes[partition];
    }

    /**
     * Waits until this member's messages already on their way are delivered (or failed), at most
     * until {@code deadline}: once, when leaving, so a millisecond's polling is enough.
     */
    void awaitIdle(long deadline) {
        for (Outbox outbox : outboxes) {
            while (!outbox.idle() && System.nanoTime() - deadline < 0) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
        }
    }
}
