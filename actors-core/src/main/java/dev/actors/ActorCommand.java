package dev.actors;

/**
 * An internal message that runs code on the actor instead of going to
 * {@link Actor#onReceive(Object)}: proxy calls. Package-private, so no user message can be
 * one. Pykka: {@code pykka.messages.ProxyCall}.
 */
interface ActorCommand {

    /**
     * Runs in the actor's thread.
     *
     * @param actor the actor the command was sent to
     * @return the reply
     * @throws Throwable whatever the called code throws, as it is
     */
    Object applyTo(Actor actor) throws Throwable;
}
