package dev.actors.cluster.hazelcast;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import dev.actors.ActorTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Carries an {@link Outbox}'s batches to the partition's owner: an executor task addressed to that
 * member ({@link DeliverTask}), or, when this member is the owner, straight to this member's
 * {@link Receiver} on a virtual thread. It also decides what happens to messages that cannot be
 * delivered: an ask fails with an exception saying why, a tell is logged as lost
 * ({@link LostTells}). Answers are never handled in the sender's thread, so that retries never
 * recurse.
 */
final class Transport {

    /** Retry delays grow from this, doubling per attempt, up to {@link #MAX_RETRY_DELAY_NANOS}. */
    private static final long FIRST_RETRY_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    private static final long MAX_RETRY_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final UUID local;
    private final Partitions partitions;
    private final IExecutorService executor;
    private final Receiver receiver;
    private final PendingAsks pendingAsks;
    private final ScheduledExecutorService timers;
    private final Executor localDeliveries;
    private final ClusterCounters counters;
    private final LostTells lostTells;

    Transport(UUID local, Partitions partitions, IExecutorService executor, Receiver receiver, PendingAsks pendingAsks,
            ScheduledExecutorService timers, Executor localDeliveries, ClusterCounters counters, LostTells lostTells) {
        this.local = local;
        this.partitions = partitions;
        this.executor = executor;
        this.receiver = receiver;
        this.pendingAsks = pendingAsks;
        this.timers = timers;
        this.localDeliveries = localDeliveries;
        this.counters = counters;
        this.lostTells = lostTells;
    }

    /**
     * Sends the batch to the partition's owner; {@code answer} gets the {@link Delivery} code, or
     * the failure, later and on another thread.
     *
     * @return whether the owner is another member
     */
    boolean send(int partition, List<RemoteEnvelope> batch, BiConsumer<Integer, Throwable> answer) {
        Member owner = partitions.owner(partition);
        if (owner == null) {
            localDeliveries.execute(() -> answer.accept(Delivery.NOT_OWNER, null));
            return false;
        }
        for (RemoteEnvelope envelope : batch) {
            if (envelope.expectsReply()) {
                pendingAsks.sentTo(envelope.callId, owner.getUuid());
            }
        }
        DeliverTask task = new DeliverTask(local, partition, batch);
        if (owner.localMember()) {
            localDeliveries.execute(() -> {
                int code;
                try {
                    code = receiver.accept(task);
                } catch (RuntimeException | Error failure) {
                    answer.accept(-1, failure);
                    return;
                }
                answer.accept(code, null);
            });
            return false;
        }
        try {
            HazelcastFutures.stageOf(executor.submitToMember(task, owner)) // the answer runs on the response thread: non-blocking
                    .whenComplete((code, failure) -> answer.accept(code == null ? -1 : code, failure));
        } catch (RuntimeException failure) {
            localDeliveries.execute(() -> answer.accept(-1, failure));
        }
        return true;
    }

    /** Runs {@code retry} after a delay that grows with the attempts. */
    void later(Runnable retry, int attempts) {
        long delay = Math.min(MAX_RETRY_DELAY_NANOS, FIRST_RETRY_DELAY_NANOS << Math.min(attempts - 1, 16));
        timers.schedule(() -> localDeliveries.execute(retry), delay, TimeUnit.NANOSECONDS);
    }

    /** The envelopes still within their deadline; the others are failed (asks) or logged (tells). */
    List<RemoteEnvelope> dropExpired(List<RemoteEnvelope> batch) {
        long now = System.nanoTime();
        List<RemoteEnvelope> alive = null;
        for (int i = 0; i < batch.size(); i++) {
            RemoteEnvelope envelope = batch.get(i);
            if (now - envelope.deadline < 0) {
                if (alive != null) {
                    alive.add(envelope);
                }
                continue;
            }
            if (alive == null) {
                alive = new ArrayList<>(batch.subList(0, i));
            }
            String why = "no member took it before its deadline (the ask timeout): the partition's owner was unknown, "
                    + "busy handing over, or without such entities";
            failOne(envelope, new ActorTimeoutException(envelope.label + " could not be delivered: " + why), why,
                    ClusterCounters.Failure.UNREACHABLE);
        }
        return alive == null ? batch : alive;
    }

    /** Fails a batch that will not be sent again: the owner refused it, or the send failed. */
    void fail(List<RemoteEnvelope> batch, int code, Throwable failure) {
        for (RemoteEnvelope envelope : batch) {
            if (code == Delivery.MINORITY) {
                String why = "the key's owner sees fewer members than the minimum cluster size";
                failOne(envelope, new MinimumClusterSizeException(envelope.label + " was refused: " + why
                        + " (a split brain, or a cluster still forming); try again once the cluster is whole"), why,
                        ClusterCounters.Failure.MINORITY);
            } else if (failure instanceof MemberLeftException || isMemberGone(failure)) {
                String why = "its owner left the cluster while it was in flight (it may or may not have been handled)";
                failOne(envelope, new EntityUnreachableException(envelope.label + " failed: " + why, failure), why,
                        ClusterCounters.Failure.MEMBER_LEFT);
            } else {
                String why = failure != null ? "the send failed: " + failure : "the owner answered " + Delivery.describe(code);
                failOne(envelope, new EntityUnreachableException(envelope.label + " failed: " + why, failure), why,
                        ClusterCounters.Failure.UNREACHABLE);
            }
        }
    }

    /** A member took the batch: its asks now wait for their replies only. */
    void delivered(List<RemoteEnvelope> batch, boolean remote) {
        for (RemoteEnvelope envelope : batch) {
            if (envelope.expectsReply()) {
                pendingAsks.refused(envelope.callId, null);
            }
            if (!remote) {
                continue;
            }
            counters.sent(switch (envelope.type) {
                case RemoteEnvelope.TELL -> ClusterCounters.Send.TELL;
                case RemoteEnvelope.ASK -> ClusterCounters.Send.ASK;
                default -> ClusterCounters.Send.CALL;
            });
        }
    }

    /** The owner refused the batch for now (it is sent again): its asks remember why, for their timeout's message. */
    void refused(List<RemoteEnvelope> batch, int code) {
        String why = Delivery.describe(code);
        for (RemoteEnvelope envelope : batch) {
            if (envelope.expectsReply()) {
                pendingAsks.refused(envelope.callId, why);
            }
        }
    }

    private void failOne(RemoteEnvelope envelope, RuntimeException failure, String why, ClusterCounters.Failure reason) {
        if (envelope.expectsReply()) {
            pendingAsks.fail(envelope.callId, failure, reason);
        } else {
            counters.failed(reason);
            lostTells.lost(envelope, why, reason);
        }
    }

    private static boolean isMemberGone(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MemberLeftException || cause instanceof com.hazelcast.spi.exception.TargetNotMemberException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
