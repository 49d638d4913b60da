package dev.actors.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * Runs {@link EntityFootprint} on {@code VirtualThreadActor} entities in a fresh JVM and prints
 * its line. {@code ThreadingActor} is left out: every live entity would be a platform thread,
 * and 100,000 of them exceed the thread limit of most machines.
 */
final class EntityFootprintComparison {

    private EntityFootprintComparison() {
    }

    /** {@code keys} keys, each asked once, with a tenth of them as {@code maxLive}. */
    static void run(int keys, PrintStream out) throws IOException, InterruptedException {
        int maxLive = Math.max(1, keys / 10);
        out.println();
        out.println("Entities on the heap (" + keys + " keys each asked once, maxLive " + maxLive + ", fresh JVM, -Xmx3g, "
                + "after full GC; a passivated key should cost nothing):");
        out.println(ForkedRun.resultLine("Entity footprint run", EntityFootprint.RESULT_PREFIX, List.of("-Xmx3g"),
                EntityFootprint.class, Implementation.VIRTUAL.label(), Integer.toString(keys), Integer.toString(maxLive)));
    }
}
