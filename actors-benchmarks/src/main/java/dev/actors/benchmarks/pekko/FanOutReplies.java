package dev.actors.benchmarks.pekko;

import dev.actors.benchmarks.ActorRuntime;
import dev.actors.benchmarks.ActorRuntime.Echo;
import dev.actors.benchmarks.Timeouts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Pekko's fan-out/fan-in: one ask per actor, then {@code CompletableFuture.allOf}. */
final class FanOutReplies {

    private FanOutReplies() {
    }

    /** Asks each echo once, waits for all replies and returns them in echo order. */
    static List<Object> awaitAll(List<Echo> echoes) throws Exception {
        @SuppressWarnings("unchecked")
        CompletableFuture<Object>[] replies = new CompletableFuture[echoes.size()];
        for (int i = 0; i < replies.length; i++) {
            replies[i] = echoes.get(i).askAsync(ActorRuntime.FanOut.REQUEST);
        }
        CompletableFuture.allOf(replies).get(Timeouts.REPLY.toMillis(), TimeUnit.MILLISECONDS);
        List<Object> values = new ArrayList<>(replies.length);
        for (CompletableFuture<Object> reply : replies) {
            values.add(reply.join()); // already complete: allOf returned
        }
        return values;
    }
}
