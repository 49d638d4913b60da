package dev.actors.benchmarks.pekko;

import dev.actors.benchmarks.ActorRuntime;
import dev.actors.benchmarks.Ball;
import dev.actors.benchmarks.TickLog;
import dev.actors.benchmarks.Timeouts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * Pekko typed ({@code Behaviors}, {@code AskPattern.ask}) behind the scenarios' interface.
 * Actors are spawned from outside with {@code systemActorOf}, which creates them synchronously
 * like classic {@code actorOf} (a {@code SpawnProtocol} round trip would add an ask to every start).
 */
public final class PekkoTypedRuntime implements ActorRuntime {

    private final ActorSystem<Void> system;
    private final AtomicLong names = new AtomicLong();

    /** Starts an actor system, with a 2-thread default dispatcher when {@code twoThreadDispatcher}. */
    public PekkoTypedRuntime(boolean twoThreadDispatcher) {
        system = ActorSystem.create(Behaviors.empty(), "bench", PekkoConfig.load(twoThreadDispatcher));
    }

    private <T> ActorRef<T> spawn(Behavior<T> behavior) {
        return system.systemActorOf(behavior, "a" + names.incrementAndGet(), Props.empty());
    }

    @Override
    public Sink startSink() {
        ActorRef<Object> sink = spawn(TypedActors.sink());
        return sink::tell;
    }

    @Override
    public Echo startEcho() {
        return new TypedEcho(spawn(TypedActors.echo()), system);
    }

    @Override
    public Rally startRally() {
        ActorRef<Object> ping = startPair();
        return roundTrips -> {
            CountDownLatch done = new CountDownLatch(1);
            ping.tell(new Ball(2 * roundTrips - 1, done));
            Timeouts.await(done, "Pekko typed ping-pong");
        };
    }

    @Override
    public Rallies startRallies(int pairs) {
        List<Sink> servers = new ArrayList<>(pairs);
        for (int i = 0; i < pairs; i++) {
            servers.add(startPair()::tell);
        }
        return Rallies.servedTo(servers, "Pekko typed");
    }

    /** Starts two players wired to each other and returns the first. */
    private ActorRef<Object> startPair() {
        ActorRef<Object> ping = spawn(TypedActors.player());
        ActorRef<Object> pong = spawn(TypedActors.player());
        ping.tell(new TypedActors.Partner(pong));
        pong.tell(new TypedActors.Partner(ping));
        return ping;
    }

    @Override
    public Counter startCounter() {
        ActorRef<Object> counter = spawn(TypedActors.counter());
        return Counter.counting(counter::tell);
    }

    @Override
    public void startTickers(TickLog log) {
        for (int i = 0; i < log.actors(); i++) {
            spawn(TypedActors.ticker(log.schedule(i)));
        }
    }

    @Override
    public void startAndStopIdleActor() throws Exception {
        ActorRef<TypedActors.StopAndSignal> idle = spawn(TypedActors.idle());
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        idle.tell(new TypedActors.StopAndSignal(stopped));
        stopped.get(Timeouts.REPLY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public FanOut startFanOut(int actors) {
        List<Echo> echoes = new ArrayList<>(actors);
        for (int i = 0; i < actors; i++) {
            echoes.add(startEcho());
        }
        return () -> FanOutReplies.awaitAll(echoes);
    }

    @Override
    public void close() {
        system.terminate();
        try {
            system.getWhenTerminated().toCompletableFuture().get(Timeouts.REPLY.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Pekko typed actor system did not terminate", e);
        }
    }

    private record TypedEcho(ActorRef<TypedActors.EchoRequest> actor, ActorSystem<Void> system) implements Echo {
        @Override
        public Object ask(Object request) throws Exception {
            return askAsync(request).get(Timeouts.REPLY.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public CompletableFuture<Object> askAsync(Object request) {
            return AskPattern.<TypedActors.EchoRequest, Object>ask(
                    actor, replyTo -> new TypedActors.EchoRequest(request, replyTo), Timeouts.REPLY, system.scheduler())
                    .toCompletableFuture();
        }
    }
}
