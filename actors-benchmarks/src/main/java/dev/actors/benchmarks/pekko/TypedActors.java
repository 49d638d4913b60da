package dev.actors.benchmarks.pekko;

import dev.actors.benchmarks.Ball;
import dev.actors.benchmarks.Tally;
import dev.actors.benchmarks.TickLog;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/** The Pekko typed behaviors of the scenarios, written as a Pekko user would. */
final class TypedActors {

    private TypedActors() {
    }

    /** A request to the echo actor, with the address of the one who asked. */
    record EchoRequest(Object payload, ActorRef<Object> replyTo) {
    }

    /** Wires a player to its partner. */
    record Partner(ActorRef<Object> partner) {
    }

    /** Asks an idle actor to stop; {@code stopped} completes after it has stopped. */
    record StopAndSignal(CompletableFuture<Void> stopped) {
    }

    static Behavior<Object> sink() {
        return Behaviors.receiveMessage(message -> {
            if (message instanceof CountDownLatch latch) {
                latch.countDown();
            }
            return Behaviors.same();
        });
    }

    /** Counts every message and answers a {@link Tally}; the count lives in the behavior, touched only by the actor. */
    static Behavior<Object> counter() {
        return Behaviors.setup(context -> {
            long[] messages = {0};
            return Behaviors.receiveMessage(message -> {
                if (message instanceof Tally tally) {
                    tally.counted().complete(messages[0]);
                    messages[0] = 0;
                } else {
                    messages[0]++;
                }
                return Behaviors.same();
            });
        });
    }

    static Behavior<EchoRequest> echo() {
        return Behaviors.receiveMessage(request -> {
            request.replyTo().tell(request.payload());
            return Behaviors.same();
        });
    }

    static Behavior<Object> player() {
        return Behaviors.receiveMessage(message -> message instanceof Partner wiring
                ? playingWith(wiring.partner())
                : Behaviors.unhandled());
    }

    private static Behavior<Object> playingWith(ActorRef<Object> partner) {
        return Behaviors.receiveMessage(message -> {
            Ball ball = (Ball) message;
            if (ball.hitsLeft() == 0) {
                ball.done().countDown();
            } else {
                partner.tell(ball.next());
            }
            return Behaviors.same();
        });
    }

    static Behavior<StopAndSignal> idle() {
        return Behaviors.receiveMessage(request -> Behaviors.stopped(() -> request.stopped().complete(null)));
    }

    /** Starts a fixed-rate timer when set up ({@code Behaviors.withTimers}) and records every tick. */
    static Behavior<Object> ticker(TickLog.Schedule schedule) {
        return Behaviors.withTimers(timers -> {
            schedule.started();
            timers.startTimerAtFixedRate(TickLog.TIMER_KEY, TickLog.TICK, schedule.initialDelay(), schedule.period());
            return Behaviors.receiveMessage(tick -> {
                schedule.tick();
                return Behaviors.same();
            });
        });
    }
}
