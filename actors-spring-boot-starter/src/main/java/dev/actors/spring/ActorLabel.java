package dev.actors.spring;

import dev.actors.ActorRef;

/**
 * How the starter names an actor in its messages: {@code SimpleClassName (urn:uuid:...)},
 * as the runtime does, but without calling the actor's {@code toString()}, which is user
 * code and may throw or block on a path that must complete.
 */
final class ActorLabel {

    private ActorLabel() {
    }

    static String of(ActorRef<?> ref) {
        return of(ref.actorClass(), ref.actorUrn());
    }

    static String of(String beanName, ActorRef<?> ref) {
        return "'" + beanName + "' " + of(ref);
    }

    static String of(String beanName, dev.actors.Actor actor) {
        return "'" + beanName + "' " + of(actor.getClass(), actor.actorUrn());
    }

    private static String of(Class<?> actorClass, String urn) {
        String simpleName = actorClass.getSimpleName();
        return (simpleName.isEmpty() ? actorClass.getName() : simpleName) + " (" + urn + ")";
    }
}
