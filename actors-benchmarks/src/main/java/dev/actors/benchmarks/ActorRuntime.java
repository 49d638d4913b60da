package dev.actors.benchmarks;

import java.util.concurrent.CompletableFuture;

/**
 * One actor runtime under test (this library on platform or virtual threads, Pekko classic
 * or typed), seen through the operations the scenarios need. Every runtime implements the
 * same scenario the way its own users would write it, so the figures compare like with like.
 */
public interface ActorRuntime extends AutoCloseable {

    /** Starts an actor that ignores every message except a {@link java.util.concurrent.CountDownLatch}, which it counts down. */
    Sink startSink();

    /** Starts an actor that replies to every request with the request itself. */
    Echo startEcho();

    /** Starts two actors that pass a ball back and forth. */
    Rally startRally();

    /** Starts an actor that does nothing, then stops it and waits until it has stopped. */
    void startAndStopIdleActor() throws Exception;

    /** Starts {@code actors} echo actors for the fan-out/fan-in scenario. */
    FanOut startFanOut(int actors);

    /** Stops everything this runtime started. */
    @Override
    void close();

    /** Fire-and-forget target. */
    interface Sink {
        /** Sends one message without waiting. */
        void tell(Object message);
    }

    /** Request-reply target. */
    interface Echo {
        /** Asks and blocks for the reply (at most {@link Timeouts#REPLY}). */
        Object ask(Object request) throws Exception;

        /** Asks without blocking. */
        CompletableFuture<Object> askAsync(Object request);
    }

    /** Two actors playing ping-pong. */
    interface Rally {
        /** Plays {@code roundTrips} round trips (two messages each) and waits for the last one. */
        void play(int roundTrips) throws Exception;
    }

    /** Many echo actors asked together. */
    interface FanOut {
        /** Asks every actor once and waits for all replies. */
        void askEachOnce() throws Exception;
    }
}
