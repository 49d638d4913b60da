package dev.actors.cluster.hazelcast;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps an entity's remote messages in order behind a remote blocking interface call to it. On
 * the owner, a call such as {@code int balance()} is made through the entity's local typed proxy,
 * which blocks until the reply; it runs on a virtual thread so that the batch goes on, and the
 * messages that follow it to the same entity wait here until it has returned (the entity handles
 * one message at a time anyway, so they are handled no later than they would have been). Other
 * entities are not held up. The chain counts as one delivery in flight of the partition's
 * {@link Lease}, so a handoff waits for it.
 *
 * <p>The core has no asynchronous form of a typed call whose interface method returns a plain
 * value (the local proxy blocks): with one, this class would go.
 */
final class BlockingCallChains {

    /** A delivery waiting in a chain. */
    private record Step(Runnable action, boolean blocking) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    /** Guarded by {@link #lock}: the entities with a blocking call under way, and what waits behind it. */
    private final HashMap<Object, ArrayDeque<Step>> chains = new HashMap<>();
    /** How many chains exist: read without the lock by the local-owner path, which then looks closer. */
    private volatile int active;

    /**
     * Whether messages to the entity wait behind a blocking call (then a direct send would
     * overtake them); allocates nothing while no chain exists.
     */
    boolean holds(String kind, Object key) {
        if (active == 0) {
            return false;
        }
        lock.lock();
        try {
            return chains.containsKey(new EntityKey(kind, key));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code action} (which must not throw) now, or after the blocking calls before it to
     * {@code entity}; a blocking one runs on a virtual thread. The caller is inside {@code lease}.
     */
    void deliver(Object entity, Runnable action, boolean blocking, Lease lease) {
        lock.lock();
        try {
            ArrayDeque<Step> chain = chains.get(entity);
            if (chain != null) {
                chain.add(new Step(action, blocking));
                return;
            }
            if (blocking) {
                chains.put(entity, new ArrayDeque<>());
                active = chains.size();
            }
        } finally {
            lock.unlock();
        }
        if (!blocking) {
            action.run();
            return;
        }
        lease.enterNested(); // the chain's own count, released when it ends
        runBlocking(entity, action, lease);
    }

    private void runBlocking(Object entity, Runnable action, Lease lease) {
        Thread.ofVirtual().name("actors-cluster-call").start(() -> {
            try {
                action.run();
            } finally {
                next(entity, lease);
            }
        });
    }

    /** After a blocking call: runs what waited, up to the next blocking call, or ends the chain. */
    private void next(Object entity, Lease lease) {
        for (;;) {
            Step step;
            lock.lock();
            try {
                ArrayDeque<Step> chain = chains.get(entity);
                step = chain.poll();
                if (step == null) {
                    chains.remove(entity);
                    active = chains.size();
                }
            } finally {
                lock.unlock();
            }
            if (step == null) {
                lease.exit();
                return;
            }
            if (step.blocking()) {
                runBlocking(entity, step.action(), lease);
                return;
            }
            step.action().run();
        }
    }
}
