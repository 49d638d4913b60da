package dev.actors.cluster.hazelcast;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The futures Hazelcast's executor service returns, as completion stages. */
final class HazelcastFutures {

    private HazelcastFutures() {
    }

    /**
     * {@code future} itself: a member's executor futures are {@link CompletableFuture}s, whose
     * callbacks then run on the response thread (so they must not block). Should another kind
     * come, a virtual thread waits for it.
     */
    @SuppressWarnings("unchecked")
    static <T> CompletionStage<T> stageOf(Future<T> future) {
        if (future instanceof CompletionStage<?> stage) {
            return (CompletionStage<T>) stage;
        }
        CompletableFuture<T> stage = new CompletableFuture<>();
        Thread.ofVirtual().name("actors-cluster-future").start(() -> {
            try {
                stage.complete(future.get());
            } catch (ExecutionException failed) {
                stage.completeExceptionally(failed.getCause());
            } catch (InterruptedException | RuntimeException failed) {
                stage.completeExceptionally(failed);
            }
        });
        return stage;
    }
}
