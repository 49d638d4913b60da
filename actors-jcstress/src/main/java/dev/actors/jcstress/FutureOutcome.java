package dev.actors.jcstress;

import dev.actors.ActorDeadException;
import dev.actors.ActorFuture;
import dev.actors.ActorTimeoutException;
import java.time.Duration;

/**
 * Turns how a future ended into a number a jcstress result can hold. The arbiter waits
 * {@link #PATIENCE} at most, so a future that never completes shows up as {@link #HUNG}
 * (a forbidden outcome everywhere) instead of hanging the harness.
 */
public final class FutureOutcome {

    /** The future holds a value. For stop futures: {@code true}. */
    public static final int VALUE = 1;
    /** The future failed with {@code ActorDeadException}. */
    public static final int DEAD = 2;
    /** The future did not complete within {@link #PATIENCE}. */
    public static final int HUNG = 3;
    /** The future failed with anything else. */
    public static final int OTHER_FAILURE = 4;
    /** A stop future that returned {@code false}: the actor was already dead. */
    public static final int FALSE = 0;

    /** How long an arbiter waits for a future that must complete. */
    public static final Duration PATIENCE = Duration.ofSeconds(10);

    private FutureOutcome() {
    }

    /**
     * @param future a future that must complete
     * @return {@link #VALUE}, {@link #DEAD}, {@link #HUNG} or {@link #OTHER_FAILURE}
     */
    public static int of(ActorFuture<?> future) {
        try {
            future.get(PATIENCE);
            return VALUE;
        } catch (ActorDeadException e) {
            return DEAD;
        } catch (ActorTimeoutException e) {
            return HUNG;
        } catch (RuntimeException | Error e) {
            return OTHER_FAILURE;
        }
    }

    /**
     * @param stopFuture a future from {@code stopAsync()}
     * @return {@link #VALUE} for {@code true}, {@link #FALSE} for {@code false}, else as {@link #of}
     */
    public static int ofStop(ActorFuture<Boolean> stopFuture) {
        try {
            return stopFuture.get(PATIENCE) ? VALUE : FALSE;
        } catch (ActorDeadException e) {
            return DEAD;
        } catch (ActorTimeoutException e) {
            return HUNG;
        } catch (RuntimeException | Error e) {
            return OTHER_FAILURE;
        }
    }
}
