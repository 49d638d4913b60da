package dev.actors.spring;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The runtime hints (for a GraalVM native image) that the actor runtime's reflection needs:
 * {@link #registerHints} those of the runtime itself, registered by
 * {@code ActorsAutoConfiguration}; {@link #registerActorClass} those of one {@link Actor @Actor}
 * class, contributed during Spring AOT processing by {@code ActorBeanRegistrationAotProcessor}.
 *
 * <p>A typed interface proxy is a JDK {@link java.lang.reflect.Proxy} of the interface that
 * looks up each interface method among the actor class's public methods and invokes it
 * reflectively in the actor's thread (default methods through a method handle); it also
 * checks each interface method against {@link Object}'s public methods.
 */
public final class ActorsRuntimeHints implements RuntimeHintsRegistrar {

    /** Creates the registrar. */
    public ActorsRuntimeHints() {
    }

    /**
     * Registers the hints of the runtime itself.
     *
     * @param hints where to register
     * @param classLoader the class loader, unused
     */
    @Override
    public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
        // A registered type's members can be introspected (getMethod): no member category needed.
        hints.reflection().registerType(Object.class);
    }

    /**
     * Registers the hints of one actor class: its public methods invokable, and for each of its
     * application interfaces a JDK proxy and invokable methods (default methods included).
     *
     * @param hints where to register
     * @param actorClass an {@code @Actor} class
     */
    public static void registerActorClass(RuntimeHints hints, Class<?> actorClass) {
        hints.reflection().registerType(actorClass, MemberCategory.INVOKE_PUBLIC_METHODS);
        for (Class<?> api : ActorApplicationInterfaces.of(actorClass)) {
            hints.proxies().registerJdkProxy(api);
            hints.reflection().registerType(api, MemberCategory.INVOKE_PUBLIC_METHODS);
        }
    }
}
