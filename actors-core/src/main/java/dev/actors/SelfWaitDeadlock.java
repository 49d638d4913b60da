package dev.actors;

/**
 * The error for a blocking wait, inside an actor's own handler, on a reply only that actor can
 * produce. Names the actor by {@link Actor#label()}, never by an overridden {@code toString()},
 * and recommends only forms that do not block.
 */
final class SelfWaitDeadlock {

    private SelfWaitDeadlock() {
    }

    static IllegalStateException of(Actor actor) {
        String name = actor.label();
        return new IllegalStateException(name + " is waiting, inside its own handler, for a reply that only " + name
                + " itself can produce: it would deadlock. Do not block on asks or proxy calls to yourself (get() of "
                + "the ActorFuture, get()/join() of its CompletableFuture): call the method directly, use tell, or "
                + "react to the reply without blocking, e.g. toCompletableFuture().thenAccept(...), never join() or get()");
    }
}
