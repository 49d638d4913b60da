package dev.actors.benchmarks;

import java.lang.management.ManagementFactory;

/** The heap figures of the footprint harnesses. */
final class Heap {

    private Heap() {
    }

    /** The heap in use after three full GCs ({@code System.gc()}, which the harnesses' JVMs do not disable). */
    static long usedAfterFullGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
