package dev.actors.benchmarks;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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

    /** Starts {@code pairs} pairs of players for the many-pairs ping-pong, each pair wired and ready. */
    Rallies startRallies(int pairs);

    /** Starts an actor that counts the messages it receives and reports the count on a {@link Tally}. */
    Counter startCounter();

    /**
     * Starts {@code log.actors()} actors, each of which starts a fixed-rate timer of
     * {@code log.period()} when it starts (this library: {@code timers().startAtFixedRate} from
     * {@code onStart}; Pekko: its {@code TimerScheduler}) and records every tick in
     * {@code log.schedule(i)}.
     */
    void startTickers(TickLog log);

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
        /** What every actor is asked; each must reply with this very object. */
        Object REQUEST = "fan-out";

        /** Asks every actor once with {@link #REQUEST}, waits for all replies and returns them, in actor order. */
        List<?> askEachOnce() throws Exception;
    }

    /** Many pairs of players, each pair passing its own balls back and forth. */
    interface Rallies {
        /**
         * Serves {@code ballsPerPair} balls to every pair, each ball {@code roundTripsPerBall}
         * round trips long, and waits until every ball has reached the end of its rally.
         */
        void play(int ballsPerPair, int roundTripsPerBall) throws Exception;

        /**
         * The rallies of pairs whose first players are {@code servers}: every runtime plays them
         * the same way, the balls served pair by pair from the calling thread.
         *
         * @param servers one per pair: tells the pair's first player
         * @param what    names the runtime in the failure raised when a ball is lost ({@link Timeouts#BATCH})
         */
        static Rallies servedTo(List<Sink> servers, String what) {
            return (ballsPerPair, roundTripsPerBall) -> {
                CountDownLatch done = new CountDownLatch(servers.size() * ballsPerPair);
                for (Sink server : servers) {
                    for (int ball = 0; ball < ballsPerPair; ball++) {
                        server.tell(new Ball(2 * roundTripsPerBall - 1, done));
                    }
                }
                Timeouts.await(done, what + " ping-pong of " + servers.size() + " pairs", Timeouts.BATCH);
            };
        }
    }

    /** An actor that counts what it is told. */
    interface Counter extends Sink {
        /** How many messages the actor counted since the previous tally; every message told before this call is counted. */
        long tally() throws Exception;

        /** The counter behind {@code sink}, an actor that counts every message and answers a {@link Tally}. */
        static Counter counting(Sink sink) {
            return new Counter() {
                @Override
                public void tell(Object message) {
                    sink.tell(message);
                }

                @Override
                public long tally() throws Exception {
                    CompletableFuture<Long> counted = new CompletableFuture<>();
                    sink.tell(new Tally(counted));
                    return counted.get(Timeouts.REPLY.toMillis(), TimeUnit.MILLISECONDS);
                }
            };
        }
    }
}
