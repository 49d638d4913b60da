package dev.actors.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.actors.Actor;
import dev.actors.ActorFuture;
import dev.actors.ActorRef;
import dev.actors.VirtualThreadActor;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * A timer's fire (on the registry's scheduler thread) races with its {@code cancel} (on the
 * actor's thread). One thread tells "start" (the handler starts a single timer due at once),
 * another tells "cancel" (the handler cancels it); the scheduler queues the tick whenever it
 * gets to it: before the cancel message, behind it, or while the cancel runs. Each outcome is
 * the position (1, 2, 3; 0 for never) at which the actor handled start, cancel and the tick.
 * Forbidden: the tick handled after a cancel that came after its start (Pekko's guarantee: once
 * {@code cancel} returns, the message is never handled, even if already queued), a tick handled
 * without a start, a stop that hangs.
 */
@JCStressTest
@Outcome(id = "1, 3, 2, 1", expect = ACCEPTABLE, desc = "tick handled before the cancel")
@Outcome(id = "1, 2, 0, 1", expect = ACCEPTABLE_INTERESTING, desc = "cancelled first: the tick, queued or not, skipped")
@Outcome(id = "2, 1, 3, 1", expect = ACCEPTABLE, desc = "cancel before the start: the tick is handled")
@Outcome(id = "2, 1, 0, 1", expect = ACCEPTABLE, desc = "cancel before the start: the stop came before the tick")
@Outcome(id = "1, 2, 3, 1", expect = FORBIDDEN, desc = "the tick handled after cancel returned")
@State
public class TimerCancelVersusFireTest {

    private static final String START = "start";
    private static final String CANCEL = "cancel";

    /** Handles start, cancel and the tick, noting the position at which it handled each. */
    public static final class TimerRaceActor extends VirtualThreadActor {

        private static final String KEY = "timer";
        private static final Object TICK = new Object();

        private final AtomicInteger handled = new AtomicInteger();
        /** Atomics, so that the arbiter's reads do not lean on the stop future's happens-before. */
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger cancelled = new AtomicInteger();
        final AtomicInteger ticked = new AtomicInteger();

        @Override
        protected Object onReceive(Object message) {
            int position = handled.incrementAndGet();
            if (message == TICK) {
                ticked.set(position);
            } else if (START.equals(message)) {
                timers().startSingle(KEY, TICK, Duration.ZERO);
                started.set(position);
            } else if (CANCEL.equals(message)) {
                timers().cancel(KEY);
                cancelled.set(position);
            }
            return null;
        }
    }

    private final TimerRaceActor actor = new TimerRaceActor();
    private final ActorRef<TimerRaceActor> ref = Actor.start(actor);

    /** Tells the actor to start the timer. */
    @org.openjdk.jcstress.annotations.Actor
    public void starter() {
        ref.tell(START);
    }

    /** Tells the actor to cancel it. */
    @org.openjdk.jcstress.annotations.Actor
    public void canceller() {
        ref.tell(CANCEL);
    }

    /** @param r r1, r2, r3: positions of start, cancel, tick (0: not handled); r4: the stop's outcome */
    @Arbiter
    public void settled(IIII_Result r) {
        ActorFuture<Boolean> stopped = ref.stopAsync();
        r.r4 = FutureOutcome.ofStop(stopped);
        r.r1 = actor.started.get();
        r.r2 = actor.cancelled.get();
        r.r3 = actor.ticked.get();
    }
}
