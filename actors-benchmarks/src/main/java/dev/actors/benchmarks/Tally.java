package dev.actors.benchmarks;

import java.util.concurrent.CompletableFuture;

/**
 * Asks a counting actor how many messages it has received since the previous tally: it
 * completes {@code counted} with that number and starts counting again from zero. A tally
 * is not itself counted.
 *
 * @param counted completed by the actor, once
 */
public record Tally(CompletableFuture<Long> counted) {
}
