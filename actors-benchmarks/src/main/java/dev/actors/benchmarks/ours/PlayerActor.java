package dev.actors.benchmarks.ours;

import dev.actors.Actor;
import dev.actors.ActorRef;
import dev.actors.ThreadingActor;
import dev.actors.VirtualThreadActor;
import dev.actors.benchmarks.Ball;

/** A ping-pong player: passes each {@link Ball} on to its partner until no hit is left. */
final class PlayerActor {

    private PlayerActor() {
    }

    /** Wires a player to its partner. */
    record Partner(ActorRef<?> partner) {
    }

    static Actor create(OurRuntime.Kind kind) {
        return kind == OurRuntime.Kind.THREADING ? new OnPlatformThread() : new OnVirtualThread();
    }

    /** The partner this player passes to; touched only by the player's own message handling. */
    private static final class Court {
        private ActorRef<?> partner;

        Object receive(Object message) {
            if (message instanceof Partner wiring) {
                partner = wiring.partner();
            } else {
                Ball ball = (Ball) message;
                if (ball.hitsLeft() == 0) {
                    ball.done().countDown();
                } else {
                    partner.tell(ball.next());
                }
            }
            return null;
        }
    }

    /** On a platform thread of its own. */
    static final class OnPlatformThread extends ThreadingActor {
        private final Court court = new Court();

        @Override
        protected boolean useDaemonThread() {
            return true;
        }

        @Override
        protected Object onReceive(Object message) {
            return court.receive(message);
        }
    }

    /** On virtual threads. */
    static final class OnVirtualThread extends VirtualThreadActor {
        private final Court court = new Court();

        @Override
        protected Object onReceive(Object message) {
            return court.receive(message);
        }
    }
}
