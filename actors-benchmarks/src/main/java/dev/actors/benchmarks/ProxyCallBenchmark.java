package dev.actors.benchmarks;

import dev.actors.ActorProxy;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.benchmarks.ours.EchoActor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Scenario 4, what proxies cost on top of a raw ask (this library only): the same echo
 * round trip as a raw {@code ask}, as {@code ActorProxy.call}, and through a typed interface
 * proxy (blocking method and future-returning method). Ratios are against
 * {@link #baselineRawAsk()} on the same actor kind.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProxyCallBenchmark {

    private static final String TEXT = "ping";

    /** This library's actor kind; named apart from the other benchmarks' {@code impl} so that {@code -p impl=...} leaves it alone. */
    @Param({"threading", "virtual"})
    public String kind;

    private ActorRegistry registry;
    private ActorRef<? extends EchoActor.Api> ref;
    private ActorProxy<? extends EchoActor.Api> proxy;
    private EchoActor.Api api;
    private EchoActor.AsyncApi asyncApi;

    /** Starts the runtime and the actors of the scenario, once per fork. */
    @Setup
    public void start() {
        registry = new ActorRegistry();
        ref = Implementation.byLabel(kind) == Implementation.THREADING
                ? registry.start(new EchoActor.OnPlatformThread())
                : registry.start(new EchoActor.OnVirtualThread());
        proxy = ref.proxy();
        api = ref.proxy(EchoActor.Api.class);
        asyncApi = ref.proxy(EchoActor.AsyncApi.class);
    }

    /** Stops everything the setup started. */
    @TearDown
    public void stop() {
        registry.stopAll(Timeouts.REPLY);
    }

    /** The baseline: {@code ref.ask(text).get(timeout)}. */
    @Benchmark
    public Object baselineRawAsk() {
        return ref.ask(TEXT).get(Timeouts.REPLY);
    }

    /** {@code ActorProxy.call(actor -> actor.echo(text)).get(timeout)}. */
    @Benchmark
    public Object actorProxyCall() {
        return proxy.call(actor -> actor.echo(TEXT)).get(Timeouts.REPLY);
    }

    /** A typed interface proxy's blocking method: {@code api.echo(text)}. */
    @Benchmark
    public Object typedInterfaceBlocking() {
        return api.echo(TEXT);
    }

    /** A typed interface proxy's future-returning method, then {@code get}. */
    @Benchmark
    public Object typedInterfaceFuture() {
        return asyncApi.echo(TEXT).get(Timeouts.REPLY);
    }
}
