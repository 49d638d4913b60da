package dev.actors.spring.observation;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One thread standing for an actor's thread in the hook unit tests: restore and close run
 * there, capture on the test's own thread (the sender's).
 */
final class ActorThread implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor();

    <T> T call(Callable<T> work) throws Exception {
        return thread.submit(work).get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
