package dev.actors.cluster.hazelcast;

import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * The owner side of remote delivery: takes a {@link DeliverTask}'s batch for one partition and
 * puts its messages into the local entities' mailboxes, in order, if this member may run that
 * partition's entities now (taking the lease when it is free). It answers at once; replies go
 * back separately ({@link ReplyMailer}). Runs on Hazelcast's executor threads (or a virtual
 * thread, for this member's own batches), never blocking but for taking a lease.
 */
final class Receiver {

    private final Leases leases;
    private final Function<String, EntityHost<?, ?>> hosts;
    private final IntSupplier state;

    /**
     * @param hosts the owner side of each entity kind made on this member, {@code null} for an unknown kind
     * @param state {@link Delivery#ACCEPTED} while this member may run entities, else why not
     *     ({@link Delivery#CLOSED}, {@link Delivery#MINORITY})
     */
    Receiver(Leases leases, Function<String, EntityHost<?, ?>> hosts, IntSupplier state) {
        this.leases = leases;
        this.hosts = hosts;
        this.state = state;
    }

    /** Delivers the batch if this member may; returns a {@link Delivery} code. */
    int accept(DeliverTask batch) {
        int now = state.getAsInt();
        if (now != Delivery.ACCEPTED) {
            return now;
        }
        EntityHost<?, ?>[] targets = new EntityHost<?, ?>[batch.envelopes.size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = hosts.apply(batch.envelopes.get(i).kind);
            if (targets[i] == null) {
                return Delivery.NOT_READY;
            }
        }
        Lease lease = leases.get(batch.partition);
        if (!lease.tryEnter()) {
            int acquired = leases.acquire(lease);
            if (acquired != Delivery.ACCEPTED) {
                return acquired;
            }
            if (!lease.tryEnter()) {
                return Delivery.BUSY; // a handoff began right after the lease was taken
            }
        }
        try {
            for (int i = 0; i < targets.length; i++) {
                targets[i].deliver(batch.sender, batch.envelopes.get(i), lease);
            }
        } finally {
            lease.exit();
        }
        return Delivery.ACCEPTED;
    }
}
