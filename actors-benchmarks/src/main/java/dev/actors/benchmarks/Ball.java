package dev.actors.benchmarks;

import java.util.concurrent.CountDownLatch;

/**
 * The ping-pong message: the player that receives it passes a ball with one fewer hit left to
 * its partner, or counts {@code done} down when none is left.
 *
 * @param hitsLeft messages still to pass after this one
 * @param done     counted down once, by whoever receives the last hit
 */
public record Ball(int hitsLeft, CountDownLatch done) {

    /** The ball that follows this one. */
    public Ball next() {
        return new Ball(hitsLeft - 1, done);
    }
}
