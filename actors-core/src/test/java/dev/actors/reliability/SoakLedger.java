package dev.actors.reliability;

import dev.actors.reliability.SoakMessage.Count;
import dev.actors.reliability.SoakMessage.Echo;
import dev.actors.reliability.SoakMessage.Inject;
import dev.actors.DeadLetter;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The behaviour every soak actor shares, and what it saw: how often each message id was
 * handled, and every thread an actor ran on (to check none is left alive at the end).
 * Written from actor threads and read by the test thread after all actors stopped, so
 * everything is a concurrent structure.
 */
final class SoakLedger {

    private final Map<Long, AtomicInteger> handled = new ConcurrentHashMap<>();
    private final Set<Thread> actorThreads = ConcurrentHashMap.newKeySet();
    private final Map<Long, Queue<DeadLetter.Reason>> deadLetters = new ConcurrentHashMap<>();

    /** Handles one message in an actor's thread. */
    Object receive(Object message) {
        actorThreads.add(Thread.currentThread());
        return switch (message) {
            case Count count -> {
                record(count.id());
                yield null;
            }
            case Echo echo -> {
                record(echo.id());
                yield echo.id();
            }
            case Inject inject -> inject(inject.fault());
            default -> throw new IllegalArgumentException("soak actors take SoakMessage, not " + message);
        };
    }

    /** Runs an actor's {@code onStart}, injecting {@code fault} if it is a start fault. */
    void onStart(Fault fault) {
        actorThreads.add(Thread.currentThread());
        if (fault == Fault.ON_START_EXCEPTION) {
            throw new InjectedFailure("onStart");
        }
        if (fault == Fault.ON_START_INTERRUPT) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs an actor's {@code onStop}. */
    void onStop(Fault fault) {
        if (fault == Fault.ON_STOP_EXCEPTION) {
            throw new InjectedFailure("onStop");
        }
    }

    /** Runs an actor's {@code onFailure}. */
    void onFailure(Fault fault) {
        if (fault == Fault.ON_FAILURE_EXCEPTION) {
            throw new InjectedFailure("onFailure");
        }
    }

    private void record(long id) {
        handled.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
    }

    private static Object inject(Fault fault) {
        switch (fault) {
            case ASK_EXCEPTION, TELL_EXCEPTION -> throw new InjectedFailure("a handler");
            case ASK_STACK_OVERFLOW, TELL_STACK_OVERFLOW -> {
                return overflow(0);
            }
            case VIRTUAL_MACHINE_ERROR -> throw new InternalError("virtual machine error injected by the soak test");
            case INTERRUPT_SELF -> Thread.currentThread().interrupt();
            default -> throw new IllegalArgumentException(fault + " is not a handler fault");
        }
        return null;
    }

    /** Recurses until the stack overflows: a real {@code StackOverflowError}, not a thrown one. */
    private static int overflow(int depth) {
        return overflow(depth + 1) + 1;
    }

    /** A registry's dead-letter listener: records the reason for each soak message with an id. */
    void deadLetter(DeadLetter deadLetter) {
        Long id = switch (deadLetter.message()) {
            case Count count -> count.id();
            case Echo echo -> echo.id();
            default -> null;
        };
        if (id != null) {
            deadLetters.computeIfAbsent(id, key -> new ConcurrentLinkedQueue<>()).add(deadLetter.reason());
        }
    }

    /** @return the reasons of every dead letter of the message with this id (normally none or one) */
    List<DeadLetter.Reason> deadLetters(long id) {
        Queue<DeadLetter.Reason> reasons = deadLetters.get(id);
        return reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** @return how many times the message with this id was handled, by any actor */
    int handled(long id) {
        AtomicInteger count = handled.get(id);
        return count == null ? 0 : count.get();
    }

    /** @return every thread a soak actor ran on */
    Set<Thread> actorThreads() {
        return actorThreads;
    }
}
