package dev.actors.cluster.hazelcast.spring;

import dev.actors.cluster.hazelcast.EntityCluster;
import dev.actors.spring.ActorsShutdown;
import org.springframework.context.SmartLifecycle;

/**
 * Closes the context's {@link EntityCluster} when the context closes: after the web server has
 * drained its requests (they may still send to entities), before the starter stops the actors
 * ({@link ActorsShutdown}, one phase below) and before the Hazelcast member is shut down (a bean
 * destroyed after every lifecycle has stopped). So a replica that shuts down hands its partitions
 * over: its entities are passivated ({@code onStop} runs) and their next messages go to the
 * members that stay.
 */
public final class EntityClusterLifecycle implements SmartLifecycle {

    /** Just above the starter's actor shutdown, so it runs first. */
    public static final int PHASE = ActorsShutdown.PHASE + 1;

    private final EntityCluster cluster;
    private volatile boolean running;

    /**
     * Creates the lifecycle of {@code cluster}.
     *
     * @param cluster the context's entity cluster
     */
    public EntityClusterLifecycle(EntityCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public void start() {
        running = true;
    }

    /** Hands every partition over (bounded by the handoff timeout) and closes the entity cluster. */
    @Override
    public void stop() {
        running = false;
        cluster.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
