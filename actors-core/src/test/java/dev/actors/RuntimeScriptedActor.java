package dev.actors;

import java.util.function.Function;

/**
 * The one {@link ScriptedActor}: the same behaviour run by whichever execution strategy its
 * {@link ActorRuntime} passes (the package-private {@link Actor} constructor), so no test actor
 * exists once per actor kind.
 */
final class RuntimeScriptedActor extends Actor implements ScriptedActor {
    private final Script script;
    private final ActorEvents events = new ActorEvents();

    RuntimeScriptedActor(Script script, Function<Actor, ActorLoop> execution) {
        super(execution);
        this.script = script;
        events.constructorThread.set(Thread.currentThread());
    }

    @Override
    public ActorEvents events() {
        return events;
    }

    @Override
    public void stopSelf() {
        stop();
    }

    @Override
    public ActorRef<Actor> self() {
        return actorRef();
    }

    @Override
    public Object unhandled(Object message) {
        try {
            return super.onReceive(message);
        } catch (Exception e) {
            throw Waits.sneakyThrow(e);
        }
    }

    @Override
    protected int mailboxCapacity() {
        return script.mailboxCapacity == null ? super.mailboxCapacity() : script.mailboxCapacity;
    }

    @Override
    protected void onStart() {
        script.runOnStart(this);
    }

    @Override
    protected void onStop() {
        script.runOnStop(this);
    }

    @Override
    protected void onFailure(Throwable cause) {
        script.runOnFailure(this, cause);
    }

    @Override
    protected Object onReceive(Object message) {
        return script.onReceive.apply(this, message);
    }
}
