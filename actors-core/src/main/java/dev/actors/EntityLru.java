package dev.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * The live entities of a {@link LocalEntities} with a {@code maxLive}, least recently sent-to
 * first: an intrusive doubly linked list of {@link EntitySlot}s under this object's lock, so the
 * order is exact (Pekko's {@code least-recently-used} passivation strategy). Each send to a live
 * entity moves it to the newest end (nothing when it is there already); a slot that becomes live
 * is added there, and while more than {@code maxLive} are listed the oldest is passivated. Only
 * made when {@code maxLive} is bounded: unbounded entities do no bookkeeping per message.
 *
 * <p>Lock order: a slot's monitor may be held when this lock is taken, never the other way round
 * (an eviction only CASes the victim's phase).
 */
final class EntityLru {

    /** A passivated incarnation to stop once the lock is released. */
    record Victim(EntitySlot<?> slot, Actor incarnation) {
    }

    private final int maxLive;
    /** Guarded by this. */
    private EntitySlot<?> oldest;
    /** Written under the lock; volatile for the unlocked "already newest" check of {@link #touch}. */
    private volatile EntitySlot<?> newest;
    private int size;
    /** Written under the lock: see {@link #isOver()}. */
    private volatile boolean over;

    EntityLru(int maxLive) {
        this.maxLive = maxLive;
    }

    /**
     * A message is being sent to {@code slot}'s live incarnation. When it is the newest already
     * nothing is done: a touch racing with this one is then ordered after it, which is what it is.
     */
    void touch(EntitySlot<?> slot) {
        if (newest == slot) {
            return;
        }
        synchronized (this) {
            if (slot.inLru) {
                unlink(slot);
                linkNewest(slot);
            }
        }
    }

    /** {@code slot} is no longer live (passivated, retired or ended); a no-op if it is not listed. */
    synchronized void remove(EntitySlot<?> slot) {
        if (slot.inLru) {
            unlink(slot);
        }
    }

    /**
     * {@code slot} became live: listed as the newest, then the oldest are passivated while more
     * than {@code maxLive} are listed (see {@link #evictExcess}); the new slot itself is never the victim.
     *
     * @return the incarnations passivated, to be stopped by the caller outside this lock
     */
    synchronized List<Victim> add(EntitySlot<?> slot) {
        if (slot.inLru || !slot.isLive()) { // passivated or retired before it got here: its leaver found nothing to remove
            return List.of();
        }
        linkNewest(slot);
        return evict(slot);
    }

    /** Whether more than {@code maxLive} are listed (an eviction skipped entities with senders in flight). */
    boolean isOver() {
        return over;
    }

    /**
     * Passivates the oldest while more than {@code maxLive} are listed. An oldest one with a sender
     * in flight is being used right now: it moves to the newest end instead, and that sender calls
     * this again once its send is done ({@link #isOver()}), so the bound holds again at once.
     *
     * @return the incarnations passivated, to be stopped by the caller outside this lock
     */
    synchronized List<Victim> evictExcess() {
        return evict(null);
    }

    private List<Victim> evict(EntitySlot<?> spared) {
        List<Victim> victims = List.of();
        for (int tries = size; size > maxLive && tries > 0 && oldest != spared; tries--) {
            EntitySlot<?> candidate = oldest;
            unlink(candidate);
            Actor incarnation = candidate.tryEvict();
            if (incarnation != null) {
                if (victims.isEmpty()) {
                    victims = new ArrayList<>(1);
                }
                victims.add(new Victim(candidate, incarnation));
            } else if (candidate.isLive()) {
                linkNewest(candidate);
            }
        }
        over = size > maxLive;
        return victims;
    }

    private void linkNewest(EntitySlot<?> node) {
        EntitySlot<?> last = newest;
        node.older = last;
        node.newer = null;
        if (last == null) {
            oldest = node;
        } else {
            last.newer = node;
        }
        newest = node;
        node.inLru = true;
        size++;
    }

    private void unlink(EntitySlot<?> node) {
        if (node.older == null) {
            oldest = node.newer;
        } else {
            node.older.newer = node.newer;
        }
        if (node.newer == null) {
            newest = node.older;
        } else {
            node.newer.older = node.older;
        }
        node.older = null;
        node.newer = null;
        node.inLru = false;
        size--;
    }
}
