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
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.pattern.Patterns;

/** Pekko classic ({@code AbstractActor}, {@code Patterns.ask}) behind the scenarios' interface. */
public final class PekkoClassicRuntime implements ActorRuntime {

    private final ActorSystem system;

    /** Starts an actor system, with a 2-thread default dispatcher when {@code twoThreadDispatcher}. */
    public PekkoClassicRuntime(boolean twoThreadDispatcher) {
        system = ActorSystem.create("bench", PekkoConfig.load(twoThreadDispatcher));
    }

    @Override
    public Sink startSink() {
        ActorRef sink = system.actorOf(ClassicActors.sink());
        return message -> sink.tell(message, ActorRef.noSender());
    }

    @Override
    public Echo startEcho() {
        return new ClassicEcho(system.actorOf(ClassicActors.echo()));
    }

    @Override
    public Rally startRally() {
        ActorRef ping = startPair();
        return roundTrips -> {
            CountDownLatch done = new CountDownLatch(1);
            ping.tell(new Ball(2 * roundTrips - 1, done), ActorRef.noSender());
            Timeouts.await(done, "Pekko classic ping-pong");
        };
    }

    @Override
    public Rallies startRallies(int pairs) {
        List<Sink> servers = new ArrayList<>(pairs);
        for (int i = 0; i < pairs; i++) {
            ActorRef ping = startPair();
            servers.add(ball -> ping.tell(ball, ActorRef.noSender()));
        }
        return Rallies.servedTo(servers, "Pekko classic");
    }

    /** Starts two players wired to each other and returns the first. */
    private ActorRef startPair() {
        ActorRef ping = system.actorOf(ClassicActors.player());
        ActorRef pong = system.actorOf(ClassicActors.player());
        ping.tell(new ClassicActors.Partner(pong), ActorRef.noSender());
        pong.tell(new ClassicActors.Partner(ping), ActorRef.noSender());
        return ping;
    }

    @Override
    public Counter startCounter() {
        ActorRef counter = system.actorOf(ClassicActors.counter());
        return Counter.counting(message -> counter.tell(message, ActorRef.noSender()));
    }

    @Override
    public void startTickers(TickLog log) {
        for (int i = 0; i < log.actors(); i++) {
            system.actorOf(ClassicActors.ticker(log.schedule(i)));
        }
    }

    @Override
    public void startAndStopIdleActor() throws Exception {
        ActorRef idle = system.actorOf(ClassicActors.idle());
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        idle.tell(new ClassicActors.StopAndSignal(stopped), ActorRef.noSender());
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
            throw new IllegalStateException("Pekko classic actor system did not terminate", e);
        }
    }

    private record ClassicEcho(ActorRef actor) implements Echo {
        @Override
        public Object ask(Object request) throws Exception {
            return askAsync(request).get(Timeouts.REPLY.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public CompletableFuture<Object> askAsync(Object request) {
            return Patterns.ask(actor, request, Timeouts.REPLY).toCompletableFuture();
        }
    }
}
