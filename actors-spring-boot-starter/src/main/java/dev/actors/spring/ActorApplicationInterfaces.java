package dev.actors.spring;

import java.util.List;
import java.util.Set;

import org.springframework.util.ClassUtils;

/**
 * The interfaces of an actor class that are injectable as typed interface proxies: every
 * interface it implements except those of the actor runtime itself and of the platform
 * ({@code java.*}, {@code javax.*}, {@code jakarta.*}, {@code kotlin.*}, Spring).
 */
final class ActorApplicationInterfaces {

    private static final List<String> PLATFORM_PACKAGES =
            List.of("java.", "javax.", "jakarta.", "kotlin.", "org.springframework.");

    private ActorApplicationInterfaces() {
    }

    /**
     * The application interfaces of an actor class.
     *
     * @param actorClass a subclass of {@link dev.actors.Actor}
     * @return its application interfaces, in declaration order, superclasses' last
     */
    static List<Class<?>> of(Class<?> actorClass) {
        Set<Class<?>> runtimeInterfaces = ClassUtils.getAllInterfacesForClassAsSet(runtimeBase(actorClass));
        return ClassUtils.getAllInterfacesForClassAsSet(actorClass).stream()
                .filter(type -> !runtimeInterfaces.contains(type))
                .filter(type -> PLATFORM_PACKAGES.stream().noneMatch(type.getName()::startsWith))
                .toList();
    }

    /** The nearest superclass that belongs to the actor runtime (package {@code dev.actors}). */
    private static Class<?> runtimeBase(Class<?> actorClass) {
        Class<?> type = actorClass;
        while (!type.getPackageName().equals(dev.actors.Actor.class.getPackageName())) {
            type = type.getSuperclass();
        }
        return type;
    }
}
