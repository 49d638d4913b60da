package dev.actors;

import java.util.function.Function;

/** An {@link ActorProxy} call: a function applied to the actor in its own thread. */
record FunctionCall(Function<Object, Object> function) implements ActorCommand {

    @Override
    public Object applyTo(Actor actor) {
        return function.apply(actor);
    }
}
