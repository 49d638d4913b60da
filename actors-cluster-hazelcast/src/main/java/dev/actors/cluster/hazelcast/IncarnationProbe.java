package dev.actors.cluster.hazelcast;

import java.util.concurrent.CompletableFuture;

/**
 * A typed-proxy call every actor answers ({@code Actor.actorUrn()} is public), sent to an entity
 * through its local {@code Entities} during a handoff: it is handled after every message accepted
 * before it, so when it completes, nothing sent to the entity before the handoff still waits.
 */
interface IncarnationProbe {

    CompletableFuture<String> actorUrn();
}
