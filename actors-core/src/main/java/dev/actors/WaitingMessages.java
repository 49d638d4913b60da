package dev.actors;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * The messages of one key that wait for an incarnation (an {@link EntitySlot}'s buffer), in
 * arrival order, and their delivery to the incarnation started for them. Not thread-safe: the
 * slot guards it with its monitor, and hands a batch to one sending thread at a time.
 */
final class WaitingMessages implements Iterable<Envelope> {

    private final ArrayDeque<Envelope> envelopes = new ArrayDeque<>(4);

    void add(Envelope envelope) {
        envelopes.addLast(envelope);
    }

    /** Appends {@code later}'s messages after these. */
    void addAll(WaitingMessages later) {
        envelopes.addAll(later.envelopes);
    }

    @Override
    public Iterator<Envelope> iterator() {
        return envelopes.iterator();
    }

    /**
     * Sends the messages in order to {@code incarnation}, removing each once it is queued there (a
     * send may wait for room in a bounded mailbox). One whose send fails for another reason than
     * the incarnation's stop fails alone ({@link LocalEntities#failedSend}).
     *
     * @return {@code false} if the incarnation stopped first: the unsent ones are still here
     */
    boolean sendInOrder(Actor incarnation, LocalEntities<?, ?> owner) {
        boolean interrupted = false;
        try {
            for (Envelope next; (next = envelopes.peekFirst()) != null; ) {
                if (incarnation.isStopped()) {
                    return false;
                }
                try {
                    incarnation.send(next);
                } catch (ActorDeadException refused) { // the send published its REFUSED dead letter
                    envelopes.pollFirst();
                    if (next.reply != null) {
                        next.reply.fail(refused);
                    }
                    return false;
                } catch (RuntimeException | Error cannotSend) {
                    if (cannotSend instanceof ActorExecutionException && cannotSend.getCause() instanceof InterruptedException) {
                        Thread.interrupted(); // this thread's interrupt (waiting for room) must not cost another sender its message
                        interrupted = true;
                        continue;
                    }
                    envelopes.pollFirst();
                    owner.failedSend(incarnation, next, cannotSend);
                    continue;
                }
                envelopes.pollFirst();
            }
            return true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
