package dev.actors.benchmarks.ours;

import dev.actors.ActorFuture;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.benchmarks.ActorRuntime;
import dev.actors.benchmarks.Ball;
import dev.actors.benchmarks.TickLog;
import dev.actors.benchmarks.Timeouts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/** This library behind the scenarios' interface, on one registry of its own. */
public final class OurRuntime implements ActorRuntime {

    /** Which actor implementation the runtime starts. */
    public enum Kind {
        /** {@code ThreadingActor}. */
        THREADING,
        /** {@code VirtualThreadActor}. */
        VIRTUAL;

        /**
         * The kind named {@code label} ({@code threading} or {@code virtual}, as in the
         * benchmarks' {@code kind} parameter).
         */
        public static Kind byLabel(String label) {
            return switch (label) {
                case "threading" -> THREADING;
                case "virtual" -> VIRTUAL;
                default -> throw new IllegalArgumentException("Unknown kind '" + label
                        + "': this library's kinds are threading and virtual");
            };
        }
    }

    private final Kind kind;
    private final ActorRegistry registry = new ActorRegistry();

    /** A runtime that starts actors of {@code kind}. */
    public OurRuntime(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Sink startSink() {
        ActorRef<?> sink = registry.start(SinkActor.create(kind));
        return sink::tell;
    }

    @Override
    public Echo startEcho() {
        return new OurEcho(registry.start(EchoActor.create(kind)));
    }

    @Override
    public Rally startRally() {
        ActorRef<?> ping = startPair();
        return roundTrips -> {
            CountDownLatch done = new CountDownLatch(1);
            ping.tell(new Ball(2 * roundTrips - 1, done));
            Timeouts.await(done, kind + " ping-pong");
        };
    }

    @Override
    public Rallies startRallies(int pairs) {
        List<Sink> servers = new ArrayList<>(pairs);
        for (int i = 0; i < pairs; i++) {
            servers.add(startPair()::tell);
        }
        return Rallies.servedTo(servers, kind.toString());
    }

    /** Starts two players wired to each other and returns the first. */
    private ActorRef<?> startPair() {
        ActorRef<?> ping = registry.start(PlayerActor.create(kind));
        ActorRef<?> pong = registry.start(PlayerActor.create(kind));
        ping.tell(new PlayerActor.Partner(pong));
        pong.tell(new PlayerActor.Partner(ping));
        return ping;
    }

    @Override
    public Counter startCounter() {
        ActorRef<?> counter = registry.start(CounterActor.create(kind));
        return Counter.counting(counter::tell);
    }

    @Override
    public void startTickers(TickLog log) {
        for (int i = 0; i < log.actors(); i++) {
            registry.start(TickerActor.create(kind, log.schedule(i)));
        }
    }

    @Override
    public void startAndStopIdleActor() {
        registry.start(IdleActor.create(kind)).stop(Timeouts.REPLY);
    }

    @Override
    public FanOut startFanOut(int actors) {
        List<ActorRef<?>> echoes = new ArrayList<>(actors);
        for (int i = 0; i < actors; i++) {
            echoes.add(registry.start(EchoActor.create(kind)));
        }
        return () -> {
            List<ActorFuture<Object>> replies = new ArrayList<>(echoes.size());
            for (ActorRef<?> echo : echoes) {
                replies.add(echo.ask(FanOut.REQUEST));
            }
            return ActorFuture.getAll(replies, Timeouts.REPLY);
        };
    }

    @Override
    public void close() {
        registry.stopAll(Timeouts.REPLY);
    }

    private record OurEcho(ActorRef<?> actor) implements Echo {
        @Override
        public Object ask(Object request) {
            return actor.ask(request).get(Timeouts.REPLY);
        }

        @Override
        public CompletableFuture<Object> askAsync(Object request) {
            return actor.<Object>ask(request).toCompletableFuture();
        }
    }
}
