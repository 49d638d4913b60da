package dev.actors.benchmarks;

import dev.actors.ActorFuture;
import dev.actors.ActorRegistry;
import dev.actors.Entities;
import dev.actors.EntitySettings;
import dev.actors.benchmarks.ours.EchoActor;
import dev.actors.benchmarks.ours.OurRuntime;
import dev.actors.benchmarks.ours.Unimplemented;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scenario 14, what entities cost on the heap (issue 12): echo entities with
 * {@code maxLive} = M; first M keys are asked once each (all live), then the rest of N keys
 * (each start passivates the least recently used). Reports the heap in use after a full GC,
 * per live entity (after the first M, against before any) and per passivated key (after all N,
 * against after M: a passivated key should cost nothing). Run in a JVM of its own
 * ({@link EntityFootprintComparison} does that), so nothing else is on the heap.
 *
 * <p>Usage: {@code java -Xmx3g -cp benchmarks.jar dev.actors.benchmarks.EntityFootprint virtual 1000000 100000}.
 * Keys are {@code Long}s the harness does not keep: whatever holds a passivated key is the
 * library's. {@code threading} works too, with a {@code maxLive} that fits the machine's thread
 * limit (every live entity is a platform thread).
 */
public final class EntityFootprint {

    /** Prefix of the one result line the parent process reads. */
    static final String RESULT_PREFIX = "entities ";

    private static final int BATCH = 10_000;
    private static final int WARM_UP_LIVE = 100;
    private static final long SETTLE_MILLIS = 1_000;
    private static final long PASSIVATION_POLL_MILLIS = 50;

    private EntityFootprint() {
    }

    /** Arguments: kind ({@code virtual} or {@code threading}), keys, maxLive. */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("Usage: EntityFootprint <kind> <keys> <maxLive>, e.g. virtual 1000000 100000");
        }
        OurRuntime.Kind kind = OurRuntime.Kind.byLabel(args[0]);
        int keys = Integer.parseInt(args[1]);
        int maxLive = Integer.parseInt(args[2]);
        if (maxLive < 1 || keys <= maxLive) {
            throw new IllegalArgumentException("EntityFootprint needs keys > maxLive >= 1, got " + keys + " keys and maxLive "
                    + maxLive);
        }
        Optional<String> missing = Unimplemented.entities();
        if (missing.isPresent()) {
            System.out.println(RESULT_PREFIX + "impl=" + args[0] + " skipped: " + missing.get());
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }

        ActorRegistry registry = new ActorRegistry();
        // Warm-up on entities of their own (the same kind), so that every class is loaded and the
        // start and passivation paths are compiled; their few live ones are on the heap in every
        // measurement below, so they cancel out.
        Entities<Long, ?> warmUp = EchoActor.entities(registry, kind, EntitySettings.defaults().withMaxLive(WARM_UP_LIVE));
        touch(warmUp, 0, BATCH);
        awaitLiveAtMost(warmUp, WARM_UP_LIVE);
        Entities<Long, ?> entities = EchoActor.entities(registry, kind, EntitySettings.defaults().withMaxLive(maxLive));
        Thread.sleep(SETTLE_MILLIS);
        long before = Heap.usedAfterFullGc();

        touch(entities, 0, maxLive);
        awaitLiveAtMost(entities, maxLive);
        // Idle means idle: a VirtualThreadActor keeps its thread for a few yields after its last message.
        Thread.sleep(SETTLE_MILLIS);
        long afterLive = Heap.usedAfterFullGc();
        int live = entities.liveCount();
        if (live != maxLive) {
            throw new IllegalStateException(live + " entities live after " + maxLive + " keys were asked once each with maxLive "
                    + maxLive + " and a 10-minute idle timeout: expected all of them");
        }

        touch(entities, maxLive, keys);
        awaitLiveAtMost(entities, maxLive);
        Thread.sleep(SETTLE_MILLIS);
        long afterAll = Heap.usedAfterFullGc();
        int liveAtEnd = entities.liveCount();

        System.out.printf(Locale.ROOT, "%simpl=%s keys=%d maxLive=%d live=%d bytesPerLiveEntity=%.0f "
                        + "bytesPerPassivatedKey=%.1f heapMiB=%.1f%n",
                RESULT_PREFIX, args[0], keys, maxLive, liveAtEnd, (afterLive - before) / (double) live,
                (afterAll - afterLive) / (double) (keys - maxLive), (afterAll - before) / (1024.0 * 1024.0));
        System.out.flush();
        java.lang.ref.Reference.reachabilityFence(entities);
        java.lang.ref.Reference.reachabilityFence(warmUp);
        // Stopping 100,000 entities one by one is not what is measured here.
        Runtime.getRuntime().halt(0);
    }

    /** Asks the entity of each key in [from, to) once, {@value #BATCH} at a time, and checks every reply. */
    private static void touch(Entities<Long, ?> entities, long from, long to) {
        for (long start = from; start < to; start += BATCH) {
            long end = Math.min(to, start + BATCH);
            List<ActorFuture<Object>> replies = new ArrayList<>((int) (end - start));
            for (long key = start; key < end; key++) {
                replies.add(entities.ask(key, "touch"));
            }
            List<Object> echoed = ActorFuture.getAll(replies, Timeouts.REPLY);
            if (!echoed.stream().allMatch("touch"::equals)) {
                throw new IllegalStateException("An echo entity of keys " + start + " to " + end + " replied other than 'touch'");
            }
        }
    }

    /** Waits until passivations have brought the live count down to {@code maxLive}. */
    private static void awaitLiveAtMost(Entities<Long, ?> entities, int maxLive) throws InterruptedException {
        long deadline = System.nanoTime() + Timeouts.REPLY.toNanos();
        while (entities.liveCount() > maxLive) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(entities.liveCount() + " entities still live " + Timeouts.REPLY
                        + " after the last start, with maxLive " + maxLive);
            }
            Thread.sleep(PASSIVATION_POLL_MILLIS);
        }
    }
}
