package dev.actors;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Computes derived futures (see {@link Derivation}) without recursion, so that a chain of any
 * depth of {@code map}s needs no deeper Java stack, and without holding a lock while waiting.
 *
 * <p>A get walks the graph of pending derived futures below its target in post-order with an
 * explicit stack: it waits for each plain source (reply, user future) in the getter's thread
 * with the getter's timeout, and runs each function once its sources are there, under that
 * derivation's lock only. Successes are cached in their future (completing it); failures are
 * not (Pykka: the next get computes again), but within one get each failure is computed once
 * and passed up, as a sequence of nested {@code get()} calls would.
 *
 * <p>Completion never runs a derived function: {@link #whenSourcesDone} only counts the plain
 * sources down, and its action (for {@code toCompletableFuture}) starts a virtual thread.
 */
final class DerivedEvaluation {

    private DerivedEvaluation() {
    }

    /** One derived future being computed: its sources' values so far, or the failure that ends it. */
    private static final class Step {
        final ThreadingFuture<?> future;
        final Derivation<?> derivation;
        final Object[] values;
        int next;
        Throwable failure;

        Step(ThreadingFuture<?> future) {
            this.future = future;
            this.derivation = future.derivation();
            this.values = new Object[derivation.sources().size()];
        }

        boolean waitsForSources() {
            return failure == null && next < values.length;
        }

        /** Takes the raw outcome of the next source; a failure is kept in the form get() throws it. */
        void accept(Object rawOutcome) {
            Throwable sourceFailure = RawOutcome.failureOf(rawOutcome);
            if (sourceFailure != null) {
                failure = RawOutcome.thrownForm(sourceFailure);
            } else {
                values[next++] = RawOutcome.valueOf(rawOutcome);
            }
        }
    }

    /**
     * The raw outcome of {@code target} (value, null marker or failure), computed in this thread.
     *
     * @param timeout the getter's timeout, applied to each wait (as in Pykka); {@code null} = none
     * @param nanos the same in nanoseconds, {@link Timeouts#FOREVER} for none
     */
    static Object evaluate(ThreadingFuture<?> target, Duration timeout, long nanos) {
        ArrayDeque<Step> steps = new ArrayDeque<>();
        Map<ThreadingFuture<?>, Object> failedInThisGet = null;
        steps.push(new Step(target));
        for (;;) {
            Step step = steps.peek();
            if (step.waitsForSources()) {
                ActorFuture<?> source = step.derivation.sources().get(step.next);
                Object rawOutcome;
                if (source instanceof ThreadingFuture<?> future && future.derivation() != null) {
                    rawOutcome = future.rawOutcome();
                    if (rawOutcome == null && failedInThisGet != null) {
                        rawOutcome = failedInThisGet.get(future);
                    }
                    if (rawOutcome == null) {
                        steps.push(new Step(future)); // computed first, then taken by this step
                        continue;
                    }
                } else {
                    rawOutcome = await(source, timeout, nanos);
                }
                step.accept(rawOutcome);
                continue;
            }
            steps.pop();
            Object rawOutcome = step.failure != null ? RawOutcome.failure(step.failure) : combine(step, timeout, nanos);
            if (steps.isEmpty()) {
                return rawOutcome;
            }
            if (RawOutcome.failureOf(rawOutcome) != null) {
                if (failedInThisGet == null) {
                    failedInThisGet = new IdentityHashMap<>();
                }
                failedInThisGet.put(step.future, rawOutcome);
            }
            steps.peek().accept(rawOutcome);
        }
    }

    /**
     * Whether every plain source that a get of {@code target} would wait for is done (derived
     * futures already computed count as done). For {@link ActorFuture#isDone()}.
     */
    static boolean sourcesDone(ThreadingFuture<?> target) {
        for (ActorFuture<?> source : plainSources(target)) {
            if (!source.isDone()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The actor whose own handler is running in this thread and whose pending reply a get of
     * {@code target} would wait for: such a wait would deadlock. {@code null} if there is none.
     */
    static Actor selfWaitCulprit(ThreadingFuture<?> target) {
        for (ActorFuture<?> source : plainSources(target)) {
            if (source instanceof ThreadingFuture<?> future) {
                Actor culprit = future.selfWaitCulprit();
                if (culprit != null) {
                    return culprit;
                }
            }
        }
        return null;
    }

    /**
     * Runs {@code action} once every plain source of {@code target} is done, in the thread that
     * completes the last one (at once, in this thread, if all are). The action must be short and
     * never block: it runs inside a completer, possibly an actor's thread.
     */
    static void whenSourcesDone(ThreadingFuture<?> target, Runnable action) {
        List<ActorFuture<?>> sources = plainSources(target);
        if (sources.isEmpty()) {
            action.run();
            return;
        }
        // The decrement is a full fence: the thread that brings it to zero has seen every
        // source's completion (each callback runs after its source's outcome CAS).
        AtomicInteger pending = new AtomicInteger(sources.size());
        Runnable countDown = () -> {
            if (pending.decrementAndGet() == 0) {
                action.run();
            }
        };
        for (ActorFuture<?> source : sources) {
            if (source instanceof ThreadingFuture<?> future) {
                future.whenDone(countDown);
            } else {
                source.toCompletableFuture().whenComplete((value, failure) -> countDown.run());
            }
        }
    }

    /** The plain (not derived, or derived and computed) sources below {@code target}, each once; no recursion. */
    private static List<ActorFuture<?>> plainSources(ThreadingFuture<?> target) {
        List<ActorFuture<?>> plain = new ArrayList<>();
        Set<ActorFuture<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<ThreadingFuture<?>> derived = new ArrayDeque<>();
        derived.push(target);
        while (!derived.isEmpty()) {
            for (ActorFuture<?> source : derived.pop().derivation().sources()) {
                if (!seen.add(source)) {
                    continue;
                }
                if (source instanceof ThreadingFuture<?> future && future.derivation() != null && future.rawOutcome() == null) {
                    derived.push(future);
                } else {
                    plain.add(source);
                }
            }
        }
        return plain;
    }

    /** Waits for a plain source in this thread; whatever its get throws becomes a failure outcome. */
    private static Object await(ActorFuture<?> source, Duration timeout, long nanos) {
        try {
            if (source instanceof ThreadingFuture<?> future) {
                return future.awaitOutcome(timeout, nanos);
            }
            return RawOutcome.success(source.get(timeout));
        } catch (Throwable thrown) { // a timeout, an interruption, a self-wait, a foreign future's failure
            return RawOutcome.failure(thrown);
        }
    }

    /** Runs the step's function under its lock, unless another getter did meanwhile; caches a success. */
    private static Object combine(Step step, Duration timeout, long nanos) {
        ReentrantLock lock = step.derivation.lock();
        try {
            GetHook.lockWithin(lock, step.future, timeout, nanos);
        } catch (ActorTimeoutException | ActorExecutionException notLocked) {
            return RawOutcome.failure(notLocked);
        }
        boolean settled;
        Object rawOutcome;
        try {
            rawOutcome = step.future.rawOutcome();
            if (rawOutcome != null) {
                return rawOutcome; // another getter computed it while we waited for the lock
            }
            try {
                rawOutcome = RawOutcome.success(step.derivation.combine().apply(step.values));
            } catch (Throwable thrown) {
                return RawOutcome.failure(thrown); // not cached: the next get computes again, as in Pykka
            }
            settled = step.future.settle(rawOutcome);
        } finally {
            lock.unlock();
        }
        // The outcome CAS happened under the lock (so the function ran once); waiters, if any,
        // are released after it, so that no callback ever runs while this lock is held.
        if (settled) {
            step.future.releaseWaitersAfterCompletion();
        }
        return step.future.rawOutcome();
    }
}
