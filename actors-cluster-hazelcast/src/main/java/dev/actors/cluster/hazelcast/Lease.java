package dev.actors.cluster.hazelcast;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * This member's right to run the entities of one partition: held from the moment its entry in
 * the lease map names this member (see {@link AcquireLease}) until this member has passivated
 * them all and cleared that entry ({@link Handoff}). Every delivery to a local entity of the
 * partition (the local-owner path, a remote batch) is made inside {@link #tryEnter()} /
 * {@link #exit()}; a factory call starts an incarnation only while {@link #allowsStart()}.
 *
 * <p>One word holds the phase (two high bits) and the deliveries in flight (the rest):
 * <pre>
 * NONE     -&gt; HELD      the lease entry was acquired (under {@link #acquiring})
 * HELD     -&gt; DRAINING  a handoff began: no delivery enters any more; the ones in flight finish
 *                       and their messages (and what waited for a starting entity) are handled
 * DRAINING -&gt; SEALED    the partition's incarnations have stopped: no entity of it may start
 * SEALED   -&gt; NONE      the lease entry was cleared: the next owner may start them
 * </pre>
 * A delivery enters with one CAS from HELD, so once the CAS to DRAINING has happened no new
 * delivery can enter, and the drain completes when the count it saw falls to zero (the
 * {@link #drained} future is published before that CAS, so an {@code exit} that sees DRAINING
 * sees the future).
 */
final class Lease {

    private static final int NONE = 0;
    private static final int HELD = 1 << 30;
    private static final int DRAINING = 2 << 30;
    private static final int SEALED = 3 << 30;
    private static final int PHASE = 3 << 30;
    private static final int COUNT = ~PHASE;

    final int partition;
    /** Serializes acquisitions (an IMap call) of this partition by this member's threads. */
    final ReentrantLock acquiring = new ReentrantLock();
    private final AtomicInteger word = new AtomicInteger(NONE);
    /** When this member, as the new owner, last asked the holder to hand over (nanoTime), to ask once per while. */
    private final AtomicLong lastHandoverRequest = new AtomicLong(Long.MIN_VALUE);
    private volatile CompletableFuture<Void> drained = CompletableFuture.completedFuture(null);
    /** The handoff in progress or last done; guarded by {@link Handoff}'s use of {@link #beginDrain}. */
    volatile CompletableFuture<Void> handoff = CompletableFuture.completedFuture(null);

    Lease(int partition) {
        this.partition = partition;
    }

    /** Hot path: counts one delivery in flight if the lease is held (and not being handed over). */
    boolean tryEnter() {
        for (;;) {
            int current = word.get();
            if ((current & PHASE) != HELD) {
                return false;
            }
            if (word.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    /** One more delivery by a caller that is already inside (a blocking call's chain): never refused. */
    void enterNested() {
        word.incrementAndGet();
    }

    /** Ends a delivery counted by {@link #tryEnter()} or {@link #enterNested()}. */
    void exit() {
        int now = word.decrementAndGet();
        if ((now & PHASE) != HELD && (now & COUNT) == 0) {
            drained.complete(null);
        }
    }

    /** Whether an incarnation of this partition's entities may start here now. */
    boolean allowsStart() {
        int phase = word.get() & PHASE;
        return phase == HELD || phase == DRAINING;
    }

    boolean isHeld() {
        return (word.get() & PHASE) == HELD;
    }

    boolean isNone() {
        return (word.get() & PHASE) == NONE;
    }

    /** NONE to HELD, once the lease entry names this member; {@code false} if the phase was not NONE. */
    boolean markHeld() {
        int current = word.get();
        return (current & PHASE) == NONE && word.compareAndSet(current, (current & COUNT) | HELD);
    }

    /**
     * HELD to DRAINING.
     *
     * @return a future completed when no delivery is in flight any more, or {@code null} if the lease was not HELD
     */
    CompletableFuture<Void> beginDrain() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        drained = done; // before the CAS: an exit that sees DRAINING completes this one
        for (;;) {
            int current = word.get();
            if ((current & PHASE) != HELD) {
                return null;
            }
            if (word.compareAndSet(current, (current & COUNT) | DRAINING)) {
                if ((current & COUNT) == 0) {
                    done.complete(null);
                }
                return done;
            }
        }
    }

    /** DRAINING to SEALED: no incarnation may start any more. */
    void seal() {
        word.getAndUpdate(current -> (current & PHASE) == DRAINING ? (current & COUNT) | SEALED : current);
    }

    /** Back to NONE once the lease entry no longer names this member (the count is kept: late exits balance it). */
    void reset() {
        word.getAndUpdate(current -> current & COUNT);
    }

    /** Whether this member should ask the holder to hand over now (at most once per {@code intervalNanos}). */
    boolean shouldRequestHandover(long intervalNanos) {
        long now = System.nanoTime();
        long last = lastHandoverRequest.get();
        return (last == Long.MIN_VALUE || now - last >= intervalNanos) && lastHandoverRequest.compareAndSet(last, now);
    }

    @Override
    public String toString() {
        int current = word.get();
        String phase = switch (current & PHASE) {
            case HELD -> "held";
            case DRAINING -> "draining";
            case SEALED -> "sealed";
            default -> "none";
        };
        return "Lease(partition " + partition + ", " + phase + ", " + (current & COUNT) + " in flight)";
    }
}
