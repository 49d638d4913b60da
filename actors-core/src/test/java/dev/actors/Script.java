package dev.actors;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * What a {@link ScriptedActor} does in each hook. The defaults do what {@link Actor} does, so a test
 * states only the behaviour it is about. The same script runs on every {@link ActorRuntime}.
 */
final class Script {
    Consumer<ScriptedActor> onStart = actor -> { };
    Consumer<ScriptedActor> onStop = actor -> { };
    BiConsumer<ScriptedActor, Throwable> onFailure = (actor, cause) -> { };
    BiFunction<ScriptedActor, Object, Object> onReceive = ScriptedActor::unhandled;
    /** {@code null}: the runtime's default (unbounded). */
    Integer mailboxCapacity;

    Script onStart(Consumer<ScriptedActor> hook) {
        this.onStart = hook;
        return this;
    }

    Script onStop(Consumer<ScriptedActor> hook) {
        this.onStop = hook;
        return this;
    }

    Script onFailure(BiConsumer<ScriptedActor, Throwable> hook) {
        this.onFailure = hook;
        return this;
    }

    Script onReceive(BiFunction<ScriptedActor, Object, Object> handler) {
        this.onReceive = handler;
        return this;
    }

    Script mailboxCapacity(int capacity) {
        this.mailboxCapacity = capacity;
        return this;
    }

    /** Runs the onStart hook in {@code actor}'s thread, recording the call (also when the hook throws). */
    void runOnStart(ScriptedActor actor) {
        actor.events().onStartThread.set(Thread.currentThread());
        try {
            onStart.accept(actor);
        } finally {
            actor.events().onStartCalled.countDown();
        }
    }

    /** Runs the onStop hook, recording the call. */
    void runOnStop(ScriptedActor actor) {
        try {
            onStop.accept(actor);
        } finally {
            actor.events().onStopCalled.countDown();
        }
    }

    /** Runs the onFailure hook, recording the cause and the call. */
    void runOnFailure(ScriptedActor actor, Throwable cause) {
        actor.events().failure.set(cause);
        try {
            onFailure.accept(actor, cause);
        } finally {
            actor.events().onFailureCalled.countDown();
        }
    }
}
