package dev.actors.cluster.hazelcast;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The typed interface of {@link Counter}. */
interface CounterApi {

    int increment(int by);

    CompletableFuture<Integer> current();

    void addQuietly(int by);

    String where();

    List<Integer> echo(List<Integer> values);

    Object identity(Object value);

    int failing(String why) throws IOException;

    default String greeting() {
        return "hello from the caller";
    }
}
