package dev.actors.benchmarks.pekko;

import dev.actors.benchmarks.ActorRuntime.Echo;
import dev.actors.benchmarks.Timeouts;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Pekko's fan-out/fan-in: one ask per actor, then {@code CompletableFuture.allOf}. */
final class FanOutReplies {

    private static final String REQUEST = "fan-out";

    private FanOutReplies() {
    }

    static void awaitAll(List<Echo> echoes) throws Exception {
        CompletableFuture<?>[] replies = new CompletableFuture<?>[echoes.size()];
        for (int i = 0; i < replies.length; i++) {
            replies[i] = echoes.get(i).askAsync(REQUEST);
        }
        CompletableFuture.allOf(replies).get(Timeouts.REPLY.toMillis(), TimeUnit.MILLISECONDS);
    }
}
