package dev.actors.reliability;

import static org.awaitility.Awaitility.await;

import dev.actors.ActorDeadException;
import dev.actors.ActorFuture;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.RestartPolicy;
import dev.actors.reliability.SoakMessage.Count;
import dev.actors.reliability.SoakMessage.Echo;
import dev.actors.reliability.SoakMessage.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The soak test's actors: cells of slots, each cell with its own {@link ActorRegistry} (a
 * {@code VirtualMachineError} stops every actor in its registry, so a cell is the blast
 * radius), and the operations senders and the chaos thread perform on them.
 */
final class SoakWorld {

    /**
     * The policy of the restarting third of the actors: short backoffs (so that stops and sends
     * land in them) and a bound the chaos never reaches with failed tells (a few dozen per actor
     * at most in a run), so such an actor only ends by a stop, a fatal error, or an onStart that
     * fails at every restart: that one exhausts the bound within a second or so, its messages
     * waiting meanwhile (an actor that never starts handles nothing), then failing.
     */
    private static final RestartPolicy RESTARTING = RestartPolicy.onFailure()
            .withBackoff(Duration.ofMillis(1), Duration.ofMillis(4))
            .withMaxRestarts(200, Duration.ofMinutes(1));

    /** Bound on every stop and every wait for an actor to die. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private static final Fault[] HOOK_FAULTS = {
        Fault.ON_START_EXCEPTION, Fault.ON_START_INTERRUPT, Fault.ON_STOP_EXCEPTION, Fault.ON_FAILURE_EXCEPTION,
    };

    final SoakLedger ledger = new SoakLedger();
    final SoakFigures figures = new SoakFigures();
    final Queue<ActorFuture<?>> faultFutures = new ConcurrentLinkedQueue<>();
    final Queue<ActorFuture<Boolean>> stopFutures = new ConcurrentLinkedQueue<>();
    final Queue<String> violations = new ConcurrentLinkedQueue<>();
    final List<TrackedActor> everyActor = new CopyOnWriteArrayList<>();
    final List<ActorRegistry> everyRegistry = new CopyOnWriteArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    private final AtomicLong ids = new AtomicLong();
    private final ActorRegistry[] registries;
    private final AtomicReferenceArray<TrackedActor>[] cells;

    @SuppressWarnings("unchecked")
    SoakWorld(int cellCount, int slotsPerCell, Random random) {
        registries = new ActorRegistry[cellCount];
        cells = new AtomicReferenceArray[cellCount];
        for (int cell = 0; cell < cellCount; cell++) {
            registries[cell] = newRegistry();
            cells[cell] = new AtomicReferenceArray<>(slotsPerCell);
            for (int slot = 0; slot < slotsPerCell; slot++) {
                cells[cell].set(slot, start(cell, random));
            }
        }
    }

    /** Takes the next stamp: the clock only moves forward, so stamps order events. */
    long stamp() {
        return clock.incrementAndGet();
    }

    TrackedActor pick(Random random) {
        AtomicReferenceArray<TrackedActor> cell = cells[random.nextInt(cells.length)];
        return cell.get(random.nextInt(cell.length()));
    }

    /** Tells a {@link Count} to a random actor, or asks an {@link Echo}. */
    void send(Random random) {
        TrackedActor target = pick(random);
        long id = ids.incrementAndGet();
        if (random.nextInt(5) == 0) {
            ActorFuture<Object> reply = target.ref().ask(new Echo(id));
            target.accepted(new TrackedActor.Sent(id, stamp(), reply));
            figures.asks.increment();
            return;
        }
        try {
            target.ref().tell(new Count(id));
            target.accepted(new TrackedActor.Sent(id, stamp(), null));
            figures.tellsAccepted.increment();
        } catch (ActorDeadException e) {
            target.refused(id);
            figures.tellsRefused.increment();
        }
    }

    /** One chaos action on a random actor of a random cell. */
    void chaos(Random random) {
        int cell = random.nextInt(cells.length);
        int slot = random.nextInt(cells[cell].length());
        TrackedActor target = cells[cell].get(slot);
        int dice = random.nextInt(100);
        if (dice < 30) {
            stopAndReplace(cell, slot, target, random);
        } else if (dice < 40) {
            target.cutAt(stamp());
            stopFutures.add(target.ref().stopAsync());
            figures.asyncStops.increment();
            cells[cell].set(slot, start(cell, random));
        } else if (dice < 50) {
            killWithTell(cell, slot, target, Fault.TELL_EXCEPTION, random);
        } else if (dice < 55) {
            killWithTell(cell, slot, target, Fault.TELL_STACK_OVERFLOW, random);
        } else if (dice < 70) {
            askFault(target, Fault.ASK_EXCEPTION);
        } else if (dice < 78) {
            askFault(target, Fault.ASK_STACK_OVERFLOW);
        } else if (dice < 97) {
            interrupt(target);
        } else {
            fatalErrorInCell(cell, target, random);
        }
    }

    private void stopAndReplace(int cell, int slot, TrackedActor target, Random random) {
        target.cutAt(stamp());
        boolean wasAlive = target.ref().stop(STOP_TIMEOUT);
        figures.gracefulStops.increment();
        if (!wasAlive && !target.mayDieUnstopped()) {
            violations.add(target + " was already dead when stopped, yet no fault was injected into it");
        }
        cells[cell].set(slot, start(cell, random));
    }

    private void killWithTell(int cell, int slot, TrackedActor target, Fault fault, Random random) {
        if (target.restarting()) {
            failWithTell(target, fault);
            return;
        }
        target.killedAt(stamp());
        try {
            target.ref().tell(new Inject(fault));
            figures.injected(fault);
        } catch (ActorDeadException e) {
            figures.tellsRefused.increment();
        }
        awaitDeath(target);
        cells[cell].set(slot, start(cell, random));
    }

    /** A failed tell to a restarting actor: it restarts, and nothing sent to it is cut. */
    private void failWithTell(TrackedActor target, Fault fault) {
        try {
            target.ref().tell(new Inject(fault));
            figures.injected(fault);
            figures.restartingFailures.increment();
        } catch (ActorDeadException e) {
            figures.tellsRefused.increment();
        }
    }

    private void askFault(TrackedActor target, Fault fault) {
        faultFutures.add(target.ref().ask(new Inject(fault)));
        figures.injected(fault);
    }

    private void interrupt(TrackedActor target) {
        try {
            target.ref().tell(new Inject(Fault.INTERRUPT_SELF));
            figures.injected(Fault.INTERRUPT_SELF);
        } catch (ActorDeadException e) {
            figures.tellsRefused.increment();
        }
    }

    /**
     * Throws a {@code VirtualMachineError} in one actor. It stops every actor of the registry,
     * so the whole cell is cut at the same stamp, awaited dead, and repopulated in a fresh
     * registry (a late step of the old registry's stop-all cannot touch newcomers). If the
     * victim was already dead, the ask fails instead and the test stops the cell itself.
     */
    private void fatalErrorInCell(int cell, TrackedActor target, Random random) {
        long stamp = stamp();
        AtomicReferenceArray<TrackedActor> slots = cells[cell];
        for (int slot = 0; slot < slots.length(); slot++) {
            slots.get(slot).killedAt(stamp);
        }
        ActorFuture<Object> fatal = target.ref().ask(new Inject(Fault.VIRTUAL_MACHINE_ERROR));
        faultFutures.add(fatal);
        figures.injected(Fault.VIRTUAL_MACHINE_ERROR);
        boolean struck = false;
        try {
            fatal.get(STOP_TIMEOUT);
            violations.add(target + " replied to a message whose handler throws InternalError");
        } catch (InternalError e) {
            struck = true;
        } catch (ActorDeadException e) {
            struck = false;
        } catch (RuntimeException e) {
            violations.add(target + ": the InternalError ask ended with " + e);
        }
        for (int slot = 0; slot < slots.length(); slot++) {
            if (struck) {
                awaitStoppedByFatalError(slots.get(slot), target);
            } else {
                awaitDeath(slots.get(slot));
            }
        }
        registries[cell] = newRegistry();
        for (int slot = 0; slot < slots.length(); slot++) {
            slots.set(slot, start(cell, random));
        }
    }

    private void awaitStoppedByFatalError(TrackedActor cellmate, TrackedActor victim) {
        try {
            await().atMost(STOP_TIMEOUT).until(() -> !cellmate.ref().isAlive());
        } catch (ConditionTimeoutException e) {
            violations.add(cellmate + " still alive " + STOP_TIMEOUT + " after a VirtualMachineError in "
                    + victim + " (same registry)");
            awaitDeath(cellmate);
        }
    }

    /** Stops the actor, or waits for it to die: the stop completes once it is dead (bounded). */
    private void awaitDeath(TrackedActor target) {
        try {
            target.ref().stopAsync().get(STOP_TIMEOUT);
        } catch (RuntimeException e) {
            violations.add(target + " did not die within " + STOP_TIMEOUT + ": " + e);
        }
    }

    private TrackedActor start(int cell, Random random) {
        Fault hookFault = random.nextInt(10) == 0 ? HOOK_FAULTS[random.nextInt(HOOK_FAULTS.length)] : null;
        int capacity = random.nextBoolean() ? 0 : 1 + random.nextInt(16);
        boolean threading = random.nextBoolean();
        boolean restarting = random.nextInt(3) == 0;
        RestartPolicy policy = restarting ? RESTARTING : RestartPolicy.never();
        if (threading) {
            figures.threadingStarts.increment();
        } else {
            figures.virtualStarts.increment();
        }
        if (hookFault != null) {
            figures.injected(hookFault);
        }
        // A restart builds a new instance with the same hook fault: an onStart that always fails
        // exhausts the restarts and ends the actor (the fault "kills", so nothing is expected of it).
        ActorRef<?> ref = registries[cell].startFrom(() -> threading
                ? new SoakThreadingActor(ledger, hookFault, capacity, policy)
                : new SoakVirtualActor(ledger, hookFault, capacity, policy));
        TrackedActor tracked = new TrackedActor(ref, hookFault, restarting);
        everyActor.add(tracked);
        return tracked;
    }

    private ActorRegistry newRegistry() {
        ActorRegistry registry = new ActorRegistry();
        registry.addDeadLetterListener(ledger::deadLetter);
        everyRegistry.add(registry);
        return registry;
    }
}
