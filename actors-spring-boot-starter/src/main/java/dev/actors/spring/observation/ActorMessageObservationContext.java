package dev.actors.spring.observation;

import dev.actors.ActorRef;
import dev.actors.MessageHook;
import io.micrometer.observation.Observation;

/**
 * The {@link Observation.Context} of one handled actor message ({@code actors.message}):
 * which actor handled it and how it was sent; the handler's failure is the context's
 * {@link #getError() error}. Pykka: none.
 */
public class ActorMessageObservationContext extends Observation.Context {

    private final ActorRef<?> actor;

    private final MessageHook.Kind kind;

    /**
     * Creates the context of one message.
     *
     * @param actor the actor handling the message
     * @param kind how the message was sent
     */
    public ActorMessageObservationContext(ActorRef<?> actor, MessageHook.Kind kind) {
        this.actor = actor;
        this.kind = kind;
    }

    /**
     * The actor handling the message.
     *
     * @return its ref
     */
    public ActorRef<?> getActor() {
        return actor;
    }

    /**
     * How the message was sent.
     *
     * @return tell, ask or a proxy call
     */
    public MessageHook.Kind getKind() {
        return kind;
    }
}
