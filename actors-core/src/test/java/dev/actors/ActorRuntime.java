package dev.actors;

/**
 * The actor implementations every lifecycle test runs against (Pykka's {@code runtime} fixture, which
 * once covered threading, gevent and eventlet).
 */
enum ActorRuntime {
    THREADING {
        @Override
        ScriptedActor create(Script script) {
            return new RuntimeScriptedActor(script, OwnThreadLoop::new);
        }
    },
    VIRTUAL_THREADS {
        @Override
        ScriptedActor create(Script script) {
            return new RuntimeScriptedActor(script, VirtualThreadLoop::new);
        }
    };

    /** A new, unstarted actor running {@code script}. */
    abstract ScriptedActor create(Script script);

    /** Starts a new actor running {@code script} in {@code registry}; its ref is {@link ScriptedActor#self()}. */
    ScriptedActor startActor(ActorRegistry registry, Script script) {
        ScriptedActor actor = create(script);
        registry.start((Actor) actor);
        return actor;
    }

    /** Starts a new actor running {@code script} in {@code registry}. */
    ActorRef<Actor> start(ActorRegistry registry, Script script) {
        return registry.start((Actor) create(script));
    }

    /** Starts a new actor with the default hooks in {@code registry}. */
    ActorRef<Actor> start(ActorRegistry registry) {
        return start(registry, new Script());
    }
}
