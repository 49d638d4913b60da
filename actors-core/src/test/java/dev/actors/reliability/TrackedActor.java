package dev.actors.reliability;

import dev.actors.ActorFuture;
import dev.actors.ActorRef;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One actor the soak test started, and everything sent to it.
 *
 * <p>Ordering argument: every send is stamped from one atomic clock after the send returned,
 * and every stop, killing fault and final {@code stopAll} takes a stamp (the cutoff) before it
 * is issued. A message stamped below the cutoff was in the mailbox before the stop or the
 * killing message, so the mailbox's FIFO order says it must be handled exactly once. Messages
 * stamped later raced with the end of the actor: handled at most once.
 */
final class TrackedActor {

    /**
     * A message sent to this actor.
     *
     * @param id the message id
     * @param stamp the clock after the send returned
     * @param reply the ask's future, {@code null} for a tell
     */
    record Sent(long id, long stamp, ActorFuture<Object> reply) {
    }

    private final ActorRef<?> ref;
    private final Fault hookFault;
    private final AtomicLong cutoff = new AtomicLong(Long.MAX_VALUE);
    private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final Queue<Long> refused = new ConcurrentLinkedQueue<>();
    private volatile boolean mayDieUnstopped;
    private final boolean restarting;

    TrackedActor(ActorRef<?> ref, Fault hookFault, boolean restarting) {
        this.ref = ref;
        this.hookFault = hookFault;
        this.restarting = restarting;
        if (hookFault != null && hookFault.kills()) {
            killedAt(0);
        }
    }

    ActorRef<?> ref() {
        return ref;
    }

    /** @return whether the actor has a restart policy: a failed tell restarts it instead of ending it */
    boolean restarting() {
        return restarting;
    }

    Fault hookFault() {
        return hookFault;
    }

    /** Records that nothing sent from {@code stamp} on needs to be handled. */
    void cutAt(long stamp) {
        cutoff.accumulateAndGet(stamp, Math::min);
    }

    /** Records that a fault may end this actor without a stop. */
    void killedAt(long stamp) {
        cutAt(stamp);
        mayDieUnstopped = true;
    }

    long cutoff() {
        return cutoff.get();
    }

    /** @return whether an injected fault explains this actor dying without a stop */
    boolean mayDieUnstopped() {
        return mayDieUnstopped;
    }

    void accepted(Sent message) {
        sent.add(message);
    }

    void refused(long id) {
        refused.add(id);
    }

    /** @return a snapshot of what was sent and accepted */
    List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** @return a snapshot of the ids of tells refused with {@code ActorDeadException} */
    List<Long> refused() {
        return List.copyOf(refused);
    }

    @Override
    public String toString() {
        return ref + (hookFault == null ? "" : " with " + hookFault) + (restarting ? " (restarting)" : "");
    }
}
