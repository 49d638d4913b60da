package dev.actors.cluster.hazelcast;

import dev.actors.ActorTimeoutException;
import dev.actors.ThreadingFuture;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The remote asks of this member that wait for a reply, by id. Each ends exactly once: with its
 * reply, with a failure (its owner left the cluster, it could not be delivered), or at its ask
 * timeout; whoever removes it from the map completes it, so a late reply or a second failure is
 * ignored. No remote ask waits without a bound.
 */
final class PendingAsks {

    private static final Logger log = LoggerFactory.getLogger(PendingAsks.class);

    /** One ask waiting for its reply. */
    static final class PendingAsk {
        final long id;
        final ThreadingFuture<Object> future = new ThreadingFuture<>();
        final String label;
        final Duration timeout;
        /** The member the ask was last sent to; {@code null} before it is sent. */
        volatile UUID member;
        /** Why the last attempt to deliver it was refused; {@code null} once delivered. */
        volatile String refusal;
        volatile ScheduledFuture<?> timer;

        PendingAsk(long id, String label, Duration timeout) {
            this.id = id;
            this.label = label;
            this.timeout = timeout;
        }
    }

    private final ConcurrentHashMap<Long, PendingAsk> asks = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final ScheduledExecutorService timers;
    private final Payloads payloads;
    private final ClusterCounters counters;

    PendingAsks(ScheduledExecutorService timers, Payloads payloads, ClusterCounters counters) {
        this.timers = timers;
        this.payloads = payloads;
        this.counters = counters;
    }

    /** A new pending ask, failed with {@link ActorTimeoutException} unless it ends within {@code timeout}. */
    PendingAsk register(String label, Duration timeout) {
        PendingAsk ask = new PendingAsk(ids.incrementAndGet(), label, timeout);
        asks.put(ask.id, ask);
        ask.timer = timers.schedule(() -> timedOut(ask.id), timeout.toNanos(), TimeUnit.NANOSECONDS);
        return ask;
    }

    /** Records where the ask went, so that it fails when that member leaves. */
    void sentTo(long id, UUID member) {
        PendingAsk ask = asks.get(id);
        if (ask != null) {
            ask.member = member;
        }
    }

    /** Records why the member an ask was sent to did not take it (it is tried again), or {@code null} once it took it. */
    void refused(long id, String why) {
        PendingAsk ask = asks.get(id);
        if (ask != null) {
            ask.refusal = why;
        }
    }

    /** Completes the asks of these replies (read here, on the asking member). */
    void complete(List<Reply> replies) {
        for (Reply reply : replies) {
            PendingAsk ask = remove(reply.callId());
            if (ask == null) {
                continue; // timed out or failed already
            }
            Object outcome;
            try {
                outcome = payloads.fromBytes(reply.payload());
            } catch (RuntimeException unreadable) {
                ask.future.setException(new EntityNotSerializableException("The reply to " + ask.label + " could not be read "
                        + "on this member (" + unreadable.getMessage() + "): deploy the same version of the application, "
                        + "with the reply's classes, on every member", unreadable));
                continue;
            }
            if (reply.failed()) {
                ask.future.setException((Throwable) outcome);
            } else {
                ask.future.set(outcome);
            }
        }
    }

    /** Fails the ask, if it is still pending. */
    void fail(long id, Throwable failure, ClusterCounters.Failure reason) {
        PendingAsk ask = remove(id);
        if (ask != null) {
            counters.failed(reason);
            ask.future.setException(failure);
        }
    }

    /** Fails every ask last sent to {@code member}, which has left the cluster. */
    void memberLeft(UUID member) {
        for (PendingAsk ask : asks.values()) {
            if (member.equals(ask.member)) {
                fail(ask.id, new EntityUnreachableException("The member " + member + " that owned " + ask.label
                        + " left the cluster (it crashed or was shut down) before answering: the message may or may not "
                        + "have been handled. The next message to the key starts the entity on its new owner"),
                        ClusterCounters.Failure.MEMBER_LEFT);
            }
        }
    }

    /** Fails every pending ask: this member's entity cluster is closing. */
    void closeAll(String why) {
        for (PendingAsk ask : asks.values()) {
            fail(ask.id, new EntityUnreachableException("No reply came to " + ask.label + " before " + why),
                    ClusterCounters.Failure.UNREACHABLE);
        }
    }

    int size() {
        return asks.size();
    }

    private void timedOut(long id) {
        PendingAsk ask = asks.get(id);
        if (ask == null) {
            return;
        }
        UUID member = ask.member;
        String refusal = ask.refusal;
        String why = member == null ? "it could not be sent: the key's partition had no owner"
                : refusal != null ? "it could not be delivered: its owner, member " + member + ", answered that " + refusal
                : "it was delivered to member " + member;
        fail(id, new ActorTimeoutException(ask.label + " did not answer within " + ask.timeout + " (the ask timeout): " + why),
                refusal != null || member == null ? ClusterCounters.Failure.UNREACHABLE : ClusterCounters.Failure.TIMEOUT);
        log.debug("Remote ask timed out: {}", ask.label);
    }

    private PendingAsk remove(long id) {
        PendingAsk ask = asks.remove(id);
        if (ask != null && ask.timer != null) {
            ask.timer.cancel(false);
        }
        return ask;
    }
}
