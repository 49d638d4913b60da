package dev.actors.benchmarks;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 5b, heap per idle actor: starts N echo actors of one implementation, asks each once
 * (so every actor has really started and gone idle again), and reports the heap in use after a
 * full GC, minus what was in use before, divided by N. Run in a JVM of its own per
 * implementation ({@link FootprintComparison} does that), so nothing else is on the heap.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.actors.benchmarks.IdleActorFootprint virtual 1000000}.
 * The figure includes the harness's own 20-28 bytes per actor (an array slot and the small
 * wrapper around each actor's reference), the same for every implementation.
 */
public final class IdleActorFootprint {

    /** Prefix of the one result line the parent process reads. */
    static final String RESULT_PREFIX = "footprint ";

    private static final int CONFIRM_BATCH = 10_000;
    private static final long SETTLE_MILLIS = 1_000;

    private IdleActorFootprint() {
    }

    /** Arguments: implementation label, number of actors. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: IdleActorFootprint <implementation> <actors>, e.g. virtual 1000000");
        }
        Implementation implementation = Implementation.byLabel(args[0]);
        int count = Integer.parseInt(args[1]);
        ActorRuntime runtime = implementation.open();
        runtime.startEcho().ask("warm-up");

        long before = Heap.usedAfterFullGc();
        ActorRuntime.Echo[] actors = new ActorRuntime.Echo[count];
        for (int i = 0; i < count; i++) {
            actors[i] = runtime.startEcho();
        }
        confirmStarted(actors);
        // Idle means idle: a VirtualThreadActor keeps its thread for a few yields after its last
        // message, and Pekko's dispatchers finish their batches; give both time to settle.
        Thread.sleep(SETTLE_MILLIS);
        long after = Heap.usedAfterFullGc();

        System.out.printf(Locale.ROOT, "%simpl=%s actors=%d bytesPerActor=%.0f heapMiB=%.1f%n",
                RESULT_PREFIX, implementation.label(), count, (after - before) / (double) count,
                (after - before) / (1024.0 * 1024.0));
        System.out.flush();
        // The actors must still be there when the heap is measured, not after.
        java.lang.ref.Reference.reachabilityFence(actors);
        // Stopping a million actors one by one is not what is measured here.
        Runtime.getRuntime().halt(0);
    }

    private static void confirmStarted(ActorRuntime.Echo[] actors) throws Exception {
        for (int from = 0; from < actors.length; from += CONFIRM_BATCH) {
            int to = Math.min(actors.length, from + CONFIRM_BATCH);
            CompletableFuture<?>[] replies = new CompletableFuture<?>[to - from];
            for (int i = from; i < to; i++) {
                replies[i - from] = actors[i].askAsync("started?");
            }
            CompletableFuture.allOf(replies).get(Timeouts.REPLY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
