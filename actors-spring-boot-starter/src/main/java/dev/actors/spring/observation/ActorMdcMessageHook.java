package dev.actors.spring.observation;

import dev.actors.ActorRef;
import dev.actors.MessageHook;
import org.slf4j.MDC;
import org.springframework.core.Ordered;

/**
 * Puts the handling actor in the SLF4J MDC while it handles a message: {@value #ACTOR_URN}
 * (its URN) and {@value #ACTOR_CLASS} (its class's name), for log patterns such as
 * {@code %X{actor.class}}. The values the thread held before (a sender's, carried by
 * {@link ContextPropagatingMessageHook}) are back afterwards; keys that were absent are
 * removed. Captures nothing at send.
 *
 * <p>Pykka has no equivalent; Pekko's {@code DiagnosticActorLogging} puts the actor's path
 * in the MDC of its own log calls.
 */
public final class ActorMdcMessageHook implements MessageHook, Ordered {

    /** The MDC key holding the handling actor's URN. */
    public static final String ACTOR_URN = "actor.urn";

    /** The MDC key holding the handling actor's class name. */
    public static final String ACTOR_CLASS = "actor.class";

    /** Where this hook runs among the application's hooks: after the sender's context is restored. */
    public static final int ORDER = ContextPropagatingMessageHook.ORDER + 100;

    /** Creates the hook. */
    public ActorMdcMessageHook() {
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Object capture(ActorRef<?> recipient, Kind kind) {
        return null;
    }

    @Override
    public Scope restore(ActorRef<?> recipient, Kind kind, Object captured) {
        String previousUrn = MDC.get(ACTOR_URN);
        String previousClass = MDC.get(ACTOR_CLASS);
        MDC.put(ACTOR_URN, recipient.actorUrn());
        MDC.put(ACTOR_CLASS, recipient.actorClass().getName());
        return failure -> {
            restore(ACTOR_URN, previousUrn);
            restore(ACTOR_CLASS, previousClass);
        };
    }

    private static void restore(String key, String previous) {
        if (previous == null) {
            MDC.remove(key);
        }
        else {
            MDC.put(key, previous);
        }
    }
}
