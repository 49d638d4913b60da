package dev.actors.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Component;

/**
 * Marks a class that extends an actor implementation ({@link dev.actors.ThreadingActor},
 * {@link dev.actors.VirtualThreadActor}) as a Spring-managed actor.
 *
 * <p>The class is a {@link Component @Component}: it is found by component scanning, named
 * like any component and built with constructor injection. Right after its initialisation
 * the bean is started as an actor in the context's own {@link dev.actors.ActorRegistry}
 * bean (never {@link dev.actors.ActorRegistry#getDefault()}), the Spring counterpart of
 * Pykka's {@code MyActor.start(...)}.
 *
 * <p>Other beans never receive the actor instance itself (that would bypass its mailbox).
 * They inject {@link dev.actors.ActorRef ActorRef&lt;X&gt;}, {@link dev.actors.ActorProxy
 * ActorProxy&lt;X&gt;} or any application interface that {@code X} implements (a typed
 * interface proxy); {@code @Qualifier("beanName")} selects among several actors of one
 * class. With {@code @Scope("prototype")} every lookup starts a new actor; with
 * {@code @Scope("prototype")} and an {@link EntityKey @EntityKey} constructor parameter the class
 * is an entity class instead: other beans inject {@link dev.actors.Entities Entities&lt;K, X&gt;},
 * one actor per key, started on demand and passivated when idle. All actors are stopped, last
 * started first, when the context closes.
 *
 * <p>On a class that does not extend {@link dev.actors.Actor} the context fails to start
 * with a message naming the class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface Actor {

    /**
     * The bean name, as for {@link Component#value()}; empty: derived from the class name.
     *
     * @return the bean name, or an empty string
     */
    @AliasFor(annotation = Component.class)
    String value() default "";
}
