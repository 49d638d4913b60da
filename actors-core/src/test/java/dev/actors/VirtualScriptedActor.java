package dev.actors;

/** A {@link ScriptedActor} on {@link VirtualThreadActor}. */
final class VirtualScriptedActor extends VirtualThreadActor implements ScriptedActor {
    private final Script script;
    private final ActorEvents events = new ActorEvents();

    VirtualScriptedActor(Script script) {
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
