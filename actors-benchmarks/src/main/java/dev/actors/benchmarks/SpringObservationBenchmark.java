package dev.actors.benchmarks;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.benchmarks.spring.FinishedSpans;
import dev.actors.benchmarks.spring.SinkApplication;
import dev.actors.benchmarks.spring.SpringSink;
import dev.actors.spring.observation.ContextPropagatingMessageHook;
import dev.actors.spring.observation.ObservingMessageHook;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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
import org.slf4j.MDC;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ResolvableType;

/**
 * What the starter's context propagation and {@code actors.message} Observation cost: the
 * tell batches of {@link TellBenchmark} and single asks (the score of {@code ask} is per
 * round trip) to an {@code @Actor} bean, from a sender that has an MDC entry and, in the
 * observed settings, a current Observation (as a request handler has):
 * <ul>
 *   <li>{@code off}: both auto-configurations excluded, no hook (the baseline);</li>
 *   <li>{@code propagation}: the sender's context-propagation snapshot and MDC carried to the
 *       actor, the actor's MDC entries, no Observation ({@code actors.observations.enabled=false});</li>
 *   <li>{@code noop-observation}: propagation and an Observation per message on Micrometer's
 *       no-op {@code ObservationRegistry};</li>
 *   <li>{@code brave}: propagation and an Observation per message on Spring Boot's registry
 *       with a real Brave tracer (every trace sampled, one span per message, spans dropped by
 *       {@link FinishedSpans}) and the {@code actors.message} timer.</li>
 * </ul>
 * Ratios are against {@code context=off}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SpringObservationBenchmark {

    private static final Object MESSAGE = "tick";
    private static final String TRACING = "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration,"
            + "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration";
    private static final String HOOKS = "dev.actors.spring.autoconfigure.observation.ActorsContextPropagationAutoConfiguration,"
            + "dev.actors.spring.autoconfigure.observation.ActorsObservationAutoConfiguration";

    /** Which context handling is on; see the class documentation. */
    @Param({"off", "propagation", "noop-observation", "brave"})
    public String context;

    private ConfigurableApplicationContext application;
    private ActorRef<SpringSink> sink;

    /** Starts the application of the scenario, once per fork. */
    @Setup
    public void start() {
        application = new SpringApplicationBuilder(SinkApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(properties(context))
                .run();
        requireHooks();
        sink = application.<ActorRef<SpringSink>>getBeanProvider(
                ResolvableType.forClassWithGenerics(ActorRef.class, SpringSink.class)).getObject();
    }

    private static String[] properties(String context) {
        return switch (context) {
            case "off" -> new String[] {"spring.autoconfigure.exclude=" + HOOKS + "," + TRACING};
            case "propagation" -> new String[] {"actors.observations.enabled=false", "spring.autoconfigure.exclude=" + TRACING};
            case "noop-observation" -> new String[] {"benchmark.noop-observation-registry=true",
                "spring.autoconfigure.exclude=" + TRACING};
            case "brave" -> new String[] {"management.tracing.sampling.probability=1.0"};
            default -> throw new IllegalArgumentException("context=" + context + ": expected off, propagation, "
                    + "noop-observation or brave");
        };
    }

    /** Fails the setup when the settings did not produce the hooks they stand for: the comparison would measure nothing. */
    private void requireHooks() {
        boolean propagates = application.getBeanProvider(ContextPropagatingMessageHook.class).getIfAvailable() != null;
        boolean observes = application.getBeanProvider(ObservingMessageHook.class).getIfAvailable() != null;
        boolean registered = application.getBean(ActorRegistry.class).messageHook() != null;
        if (registered != (propagates || observes)) {
            throw new IllegalStateException("context=" + context + " but the registry's hook is "
                    + application.getBean(ActorRegistry.class).messageHook());
        }
        List<Boolean> expected = switch (context) {
            case "off" -> List.of(false, false);
            case "propagation" -> List.of(true, false);
            default -> List.of(true, true);
        };
        if (!List.of(propagates, observes).equals(expected)) {
            throw new IllegalStateException("context=" + context + " but context propagation=" + propagates
                    + " and observation=" + observes + ": the settings did not take effect");
        }
    }

    /** Checks the brave setting made spans, then stops everything the setup started. */
    @TearDown
    public void stop() {
        try {
            if (context.equals("brave") && application.getBean(FinishedSpans.class).actorMessages() == 0) {
                throw new IllegalStateException("context=brave but no actors.message span ended: the tracer was not in the path");
            }
        } finally {
            application.close();
        }
    }

    /** One operation of the scenario described on the class; JMH divides by the messages it sends. */
    @Benchmark
    @OperationsPerInvocation(TellBenchmark.BATCH)
    public void tell(Sender sender) throws InterruptedException {
        for (int i = 1; i < TellBenchmark.BATCH; i++) {
            sink.tell(MESSAGE);
        }
        CountDownLatch done = new CountDownLatch(1);
        sink.tell(done);
        Timeouts.await(done, "Spring @Actor tell batch (context " + context + ")");
    }

    /** One ask round trip, blocking for the reply. */
    @Benchmark
    public Object ask(Sender sender) throws Exception {
        return sink.ask(MESSAGE).get(Duration.ofSeconds(30));
    }

    /**
     * The benchmark thread as a request-handling thread: an MDC entry and, where an
     * {@link ObservationRegistry} exists, a current Observation, for the iteration.
     */
    @State(Scope.Thread)
    public static class Sender {

        private Observation request;
        private Observation.Scope scope;

        /** Opens the sender's context on the benchmark thread. */
        @Setup(Level.Iteration)
        public void open(SpringObservationBenchmark benchmark) {
            MDC.put("request.id", "benchmark");
            ObservationRegistry registry = benchmark.application.getBeanProvider(ObservationRegistry.class)
                    .getIfAvailable(() -> ObservationRegistry.NOOP);
            request = Observation.start("benchmark.request", registry);
            scope = request.openScope();
        }

        /** Closes it. */
        @TearDown(Level.Iteration)
        public void close() {
            scope.close();
            request.stop();
            MDC.clear();
        }
    }
}
