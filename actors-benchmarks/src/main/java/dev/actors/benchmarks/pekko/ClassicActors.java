package dev.actors.benchmarks.pekko;

import dev.actors.benchmarks.Ball;
import dev.actors.benchmarks.Tally;
import dev.actors.benchmarks.TickLog;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.pekko.actor.AbstractActor;
import org.apache.pekko.actor.AbstractActorWithTimers;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.Props;

/** The Pekko classic actors of the scenarios, written as a Pekko user would. */
final class ClassicActors {

    private ClassicActors() {
    }

    /** Asks an idle actor to stop and completes {@code stopped} from its {@code postStop}. */
    record StopAndSignal(CompletableFuture<Void> stopped) {
    }

    /** Wires a player to its partner. */
    record Partner(ActorRef partner) {
    }

    static Props sink() {
        return Props.create(Sink.class, Sink::new);
    }

    static Props echo() {
        return Props.create(Echo.class, Echo::new);
    }

    static Props player() {
        return Props.create(Player.class, Player::new);
    }

    static Props counter() {
        return Props.create(Counter.class, Counter::new);
    }

    static Props idle() {
        return Props.create(Idle.class, Idle::new);
    }

    static Props ticker(TickLog.Schedule schedule) {
        return Props.create(Ticker.class, () -> new Ticker(schedule));
    }

    static final class Sink extends AbstractActor {
        @Override
        public Receive createReceive() {
            return receiveBuilder()
                    .match(CountDownLatch.class, CountDownLatch::countDown)
                    .matchAny(message -> { })
                    .build();
        }
    }

    static final class Echo extends AbstractActor {
        @Override
        public Receive createReceive() {
            return receiveBuilder().matchAny(message -> getSender().tell(message, getSelf())).build();
        }
    }

    static final class Player extends AbstractActor {
        private ActorRef partner;

        @Override
        public Receive createReceive() {
            return receiveBuilder()
                    .match(Partner.class, wiring -> partner = wiring.partner())
                    .match(Ball.class, this::hit)
                    .build();
        }

        private void hit(Ball ball) {
            if (ball.hitsLeft() == 0) {
                ball.done().countDown();
            } else {
                partner.tell(ball.next(), getSelf());
            }
        }
    }

    static final class Counter extends AbstractActor {
        private long messages;

        @Override
        public Receive createReceive() {
            return receiveBuilder()
                    .match(Tally.class, tally -> {
                        tally.counted().complete(messages);
                        messages = 0;
                    })
                    .matchAny(message -> messages++)
                    .build();
        }
    }

    static final class Idle extends AbstractActor {
        private CompletableFuture<Void> stopped;

        @Override
        public Receive createReceive() {
            return receiveBuilder()
                    .match(StopAndSignal.class, request -> {
                        stopped = request.stopped();
                        getContext().stop(getSelf());
                    })
                    .build();
        }

        @Override
        public void postStop() {
            if (stopped != null) {
                stopped.complete(null);
            }
        }
    }

    /** Starts a fixed-rate timer in {@code preStart} ({@code Timers} trait) and records every tick. */
    static final class Ticker extends AbstractActorWithTimers {
        private final TickLog.Schedule schedule;

        Ticker(TickLog.Schedule schedule) {
            this.schedule = schedule;
        }

        @Override
        public void preStart() {
            schedule.started();
            getTimers().startTimerAtFixedRate(TickLog.TIMER_KEY, TickLog.TICK, schedule.initialDelay(), schedule.period());
        }

        @Override
        public Receive createReceive() {
            return receiveBuilder().matchEquals(TickLog.TICK, tick -> schedule.tick()).build();
        }
    }
}
