package dev.actors.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Many-actor scenario 9, many senders, one actor: {@value #SENDERS} platform threads (a fixed
 * pool, as a server's request threads would be) each tell one counting actor
 * {@value #PER_SENDER} messages at once; the score is nanoseconds per message, from the
 * first tell until the actor has handled the last. It measures a mailbox under contention
 * from many producers, where {@link TellBenchmark} has one.
 *
 * <p>The actor and the sender threads are started once per trial. Each invocation waits for
 * every sender, then asks the actor for its count ({@link Tally}, queued behind every
 * message already told) and fails unless it is exactly {@value #MESSAGES}; so nothing is in
 * flight between invocations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ManySendersBenchmark {

    static final int SENDERS = 8;
    static final int PER_SENDER = 10_000;
    static final int MESSAGES = SENDERS * PER_SENDER;
    private static final Object MESSAGE = "tick";

    /** The runtime under test, by {@link Implementation#label()}. */
    @Param({"threading", "virtual", "pekko-classic", "pekko-classic-2t", "pekko-typed", "pekko-typed-2t"})
    public String impl;

    private ActorRuntime runtime;
    private ActorRuntime.Counter counter;
    private ThreadPoolExecutor senders;

    /** Starts the runtime, the counting actor and the sender threads, once per trial (fork). */
    @Setup(Level.Trial)
    public void start() {
        runtime = Implementation.byLabel(impl).open();
        counter = runtime.startCounter();
        senders = new ThreadPoolExecutor(SENDERS, SENDERS, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().daemon().name("sender-", 1).factory());
        senders.prestartAllCoreThreads();
    }

    /** Stops the sender threads and everything the runtime started. */
    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        senders.shutdownNow();
        if (!senders.awaitTermination(Timeouts.REPLY.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(impl + " many senders: the sender threads did not stop within " + Timeouts.REPLY);
        }
        runtime.close();
    }

    /** One invocation: every sender tells its share, then the actor's count is checked; JMH divides by the messages. */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long tell() throws Exception {
        List<Future<?>> sending = new ArrayList<>(SENDERS);
        for (int i = 0; i < SENDERS; i++) {
            sending.add(senders.submit(() -> {
                for (int m = 0; m < PER_SENDER; m++) {
                    counter.tell(MESSAGE);
                }
            }));
        }
        for (Future<?> sender : sending) {
            sender.get(Timeouts.REPLY.toMillis(), TimeUnit.MILLISECONDS);
        }
        long counted = counter.tally();
        if (counted != MESSAGES) {
            throw new IllegalStateException(impl + " many senders: the actor counted " + counted + " messages, "
                    + MESSAGES + " were told: the runtime lost or duplicated messages");
        }
        return counted;
    }
}
