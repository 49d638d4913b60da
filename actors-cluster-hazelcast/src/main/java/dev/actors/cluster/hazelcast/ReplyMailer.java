package dev.actors.cluster.hazelcast;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the replies of remote asks and calls back to the members that asked, batched per member
 * with one batch in flight each ({@link ReplyTask}), in the thread that completed the reply (the
 * entity's, typically). A reply is serialized here: one that cannot be is replaced by an
 * {@link EntityNotSerializableException} for the asker, and an exception that cannot be by a
 * {@link RemoteEntityException} keeping its class name, message and stack. Replies to a member
 * that has left are dropped. A reply to this member itself completes its ask directly.
 */
final class ReplyMailer {

    private static final Logger log = LoggerFactory.getLogger(ReplyMailer.class);
    private static final int MAX_BATCH = 512;

    /** The replies on their way to one member. */
    private final class Bag {
        final UUID member;
        final ConcurrentLinkedQueue<Reply> queue = new ConcurrentLinkedQueue<>();
        final AtomicBoolean sending = new AtomicBoolean();

        Bag(UUID member) {
            this.member = member;
        }

        void add(Reply reply) {
            queue.add(reply);
            sendIfIdle();
        }

        void sendIfIdle() {
            while (!queue.isEmpty() && sending.compareAndSet(false, true)) {
                List<Reply> batch = new ArrayList<>();
                for (Reply reply; batch.size() < MAX_BATCH && (reply = queue.poll()) != null; ) {
                    batch.add(reply);
                }
                if (batch.isEmpty()) {
                    sending.set(false);
                    continue;
                }
                send(batch);
                return;
            }
        }

        private void send(List<Reply> batch) {
            Member target = memberOf(member);
            if (target == null) {
                bags.remove(member, this);
                sending.set(false);
                log.debug("Dropped {} replies to member {}, which has left", batch.size(), member);
                return;
            }
            try {
                HazelcastFutures.stageOf(executor.submitToMember(new ReplyTask(batch), target)).whenComplete((done, failure) -> {
                    if (failure != null) {
                        log.debug("Could not send {} replies to member {}: {}", batch.size(), member, failure.toString());
                    }
                    sending.set(false);
                    sendIfIdle();
                });
            } catch (RuntimeException failure) {
                log.debug("Could not send {} replies to member {}: {}", batch.size(), member, failure.toString());
                sending.set(false);
            }
        }
    }

    private final HazelcastInstance hazelcast;
    private final UUID local;
    private final IExecutorService executor;
    private final Payloads payloads;
    private final PendingAsks pendingAsks;
    private final ClusterCounters counters;
    private final ConcurrentHashMap<UUID, Bag> bags = new ConcurrentHashMap<>();

    ReplyMailer(HazelcastInstance hazelcast, IExecutorService executor, Payloads payloads, PendingAsks pendingAsks,
            ClusterCounters counters) {
        this.hazelcast = hazelcast;
        this.local = hazelcast.getCluster().getLocalMember().getUuid();
        this.executor = executor;
        this.payloads = payloads;
        this.pendingAsks = pendingAsks;
        this.counters = counters;
    }

    /** Sends the outcome of ask {@code callId} to the member that asked. */
    void reply(UUID asker, long callId, Object value, Throwable failure, Supplier<String> target) {
        Reply reply = encode(callId, value, unwrap(failure), () -> "a reply of " + target.get());
        if (asker.equals(local)) {
            pendingAsks.complete(List.of(reply));
        } else {
            bags.computeIfAbsent(asker, Bag::new).add(reply);
        }
    }

    /** Forgets the replies waiting for a member that has left. */
    void memberLeft(UUID member) {
        bags.remove(member);
    }

    private Reply encode(long callId, Object value, Throwable failure, Supplier<String> target) {
        if (failure == null) {
            try {
                return new Reply(callId, false, payloads.toBytes(value, Payloads.Role.REPLY, target));
            } catch (EntityNotSerializableException notSerializable) {
                counters.failed(ClusterCounters.Failure.NOT_SERIALIZABLE);
                log.debug("A reply could not be serialized", notSerializable);
                failure = notSerializable;
            }
        }
        try {
            return new Reply(callId, true, payloads.toBytes(failure, Payloads.Role.REPLY, target));
        } catch (EntityNotSerializableException notSerializable) {
            return new Reply(callId, true, payloads.toBytes(RemoteEntityException.of(failure), Payloads.Role.REPLY, target));
        }
    }

    private static Throwable unwrap(Throwable failure) {
        boolean wrapper = failure instanceof CompletionException || failure instanceof ExecutionException;
        return wrapper && failure.getCause() != null ? failure.getCause() : failure;
    }

    private Member memberOf(UUID uuid) {
        for (Member member : hazelcast.getCluster().getMembers()) {
            if (member.getUuid().equals(uuid)) {
                return member;
            }
        }
        return null;
    }
}
