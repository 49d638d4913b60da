package dev.actors.cluster.hazelcast;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * This member's messages to the entities of one partition that take the remote path, in send
 * order: sent in batches, one batch in flight at a time, each sent again (to whichever member
 * owns the partition then) until it is accepted or fails. So messages from one thread to one key
 * arrive in order, also while the partition moves: a later message cannot overtake a batch that
 * is being retried.
 *
 * <p>{@link #pending} counts messages queued or in flight; the local-owner path is taken only
 * when it is zero, so that a message sent directly never overtakes one of the same sender still
 * here (the count falls only once its batch was accepted, i.e. its messages are in their
 * entities' mailboxes). The {@link #sending} flag makes one thread at a time the batch's owner;
 * {@link #batch} and {@link #attempts} are touched only by that owner, and the flag's CAS and
 * volatile write order those touches between owners.
 */
final class Outbox {

    /** Messages per batch, at most. */
    static final int MAX_BATCH = 256;

    private final int partition;
    private final Transport transport;
    private final ConcurrentLinkedQueue<RemoteEnvelope> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean sending = new AtomicBoolean();
    private List<RemoteEnvelope> batch;
    private int batchSize;
    private int attempts;
    private boolean remote;

    Outbox(int partition, Transport transport) {
        this.partition = partition;
        this.transport = transport;
    }

    /** Whether nothing of this member's is queued or in flight for the partition. */
    boolean idle() {
        return pending.get() == 0;
    }

    void add(RemoteEnvelope envelope) {
        pending.incrementAndGet(); // before the message is visible in the queue: idle() never misses it
        queue.add(envelope);
        sendIfIdle();
    }

    private void sendIfIdle() {
        while (!queue.isEmpty() && sending.compareAndSet(false, true)) {
            List<RemoteEnvelope> next = new ArrayList<>(Math.min(MAX_BATCH, 16));
            for (RemoteEnvelope envelope; next.size() < MAX_BATCH && (envelope = queue.poll()) != null; ) {
                next.add(envelope);
            }
            if (next.isEmpty()) {
                sending.set(false); // another owner drained it meanwhile; look again
                continue;
            }
            batch = next;
            batchSize = next.size();
            attempts = 0;
            transmit();
            return;
        }
    }

    /** Sends the batch (again): only by the holder of the sending flag. */
    private void transmit() {
        batch = transport.dropExpired(batch);
        if (batch.isEmpty()) {
            finished();
            return;
        }
        remote = transport.send(partition, batch, this::answered);
    }

    private void answered(int code, Throwable failure) {
        if (failure == null && code == Delivery.ACCEPTED) {
            transport.delivered(batch, remote);
            finished();
        } else if (failure == null && Delivery.retries(code)) {
            transport.refused(batch, code);
            attempts++;
            transport.later(this::transmit, attempts);
        } else {
            transport.fail(batch, code, failure);
            finished();
        }
    }

    private void finished() {
        pending.addAndGet(-batchSize);
        batch = null;
        sending.set(false);
        sendIfIdle();
    }

    @Override
    public String toString() {
        return "Outbox(partition " + partition + ", " + pending.get() + " pending)";
    }
}
