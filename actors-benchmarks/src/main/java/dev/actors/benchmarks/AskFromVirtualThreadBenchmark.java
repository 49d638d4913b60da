package dev.actors.benchmarks;

import org.openjdk.jmh.annotations.Fork;

/**
 * Scenario 3 with a virtual-thread caller: the same asks as {@link AskBenchmark}, made from
 * JMH's virtual-thread executor ({@code -Djmh.executor=VIRTUAL} in the benchmark's fork).
 */
@Fork(jvmArgsAppend = "-Djmh.executor=VIRTUAL")
public class AskFromVirtualThreadBenchmark extends AskBenchmark {
}
