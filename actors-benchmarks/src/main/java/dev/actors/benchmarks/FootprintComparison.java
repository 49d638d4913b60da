package dev.actors.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * Runs {@link IdleActorFootprint} once per implementation, each in a fresh JVM with the same
 * heap settings, and prints one line per implementation. {@code ThreadingActor} is left out:
 * a million platform threads do not fit in any machine's thread limit, and its cost is the
 * thread's native stack, not heap.
 */
final class FootprintComparison {

    private static final List<Implementation> IMPLEMENTATIONS =
            List.of(Implementation.VIRTUAL, Implementation.PEKKO_CLASSIC, Implementation.PEKKO_TYPED);

    private FootprintComparison() {
    }

    static void run(int actors, PrintStream out) throws IOException, InterruptedException {
        out.println();
        out.println("Heap per idle actor (" + actors + " echo actors each, fresh JVM, -Xmx3g, after full GC):");
        for (Implementation implementation : IMPLEMENTATIONS) {
            out.println(ForkedRun.resultLine("Footprint run for " + implementation.label(), IdleActorFootprint.RESULT_PREFIX,
                    List.of("-Xmx3g"), IdleActorFootprint.class, implementation.label(), Integer.toString(actors)));
        }
    }
}
