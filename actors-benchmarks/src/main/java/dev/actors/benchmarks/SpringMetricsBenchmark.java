package dev.actors.benchmarks;

import dev.actors.ActorRef;
import dev.actors.benchmarks.spring.SinkApplication;
import dev.actors.benchmarks.spring.SpringSink;
import dev.actors.spring.metrics.ActorMetrics;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ResolvableType;

/**
 * Scenario 7, what the Spring Boot starter's Micrometer metrics cost: the tell batches of
 * {@link TellBenchmark} sent to an {@code @Actor} bean (a {@code VirtualThreadActor}) through the
 * injected {@code ActorRef}, with {@code actors.metrics.enabled} off and on. Ratios are
 * against {@code metrics=off}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SpringMetricsBenchmark {

    private static final Object MESSAGE = "tick";

    /** Whether the starter's Micrometer metrics are on ({@code actors.metrics.enabled}). */
    @Param({"off", "on"})
    public String metrics;

    private ConfigurableApplicationContext context;
    private ActorRef<SpringSink> sink;

    /** Starts the runtime and the actors of the scenario, once per fork. */
    @Setup
    public void start() {
        context = new SpringApplicationBuilder(SinkApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("actors.metrics.enabled=" + "on".equals(metrics))
                .run();
        boolean metricsBound = context.getBeanProvider(ActorMetrics.class).getIfAvailable() != null;
        if (metricsBound != "on".equals(metrics)) {
            throw new IllegalStateException("metrics=" + metrics + " but ActorMetrics bean present=" + metricsBound
                    + ": the starter's metrics switch did not take effect, so this comparison would measure nothing");
        }
        sink = context.<ActorRef<SpringSink>>getBeanProvider(
                ResolvableType.forClassWithGenerics(ActorRef.class, SpringSink.class)).getObject();
    }

    /** Stops everything the setup started. */
    @TearDown
    public void stop() {
        context.close();
    }

    /** One operation of the scenario described on the class; JMH divides by the messages it sends. */
    @Benchmark
    @OperationsPerInvocation(TellBenchmark.BATCH)
    public void tell() throws InterruptedException {
        for (int i = 1; i < TellBenchmark.BATCH; i++) {
            sink.tell(MESSAGE);
        }
        CountDownLatch done = new CountDownLatch(1);
        sink.tell(done);
        Timeouts.await(done, "Spring @Actor tell batch (metrics " + metrics + ")");
    }
}
