package dev.actors.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the constructor parameter of an entity actor that receives its key: the class is an
 * {@link Actor @Actor} with {@code @Scope("prototype")}, and other beans inject
 * {@link dev.actors.Entities Entities&lt;K, X&gt;} to reach one actor per key. Each incarnation
 * (the first message to a key, the first one after a passivation, a restart by the actor's
 * restart policy) is a new bean instance built by Spring, whose other constructor parameters
 * are autowired as usual:
 *
 * <pre>{@code
 * @Actor
 * @Scope("prototype")
 * class AccountActor extends VirtualThreadActor implements Account {
 *     AccountActor(@EntityKey String accountId, AccountStore store) { ... }
 * }
 *
 * @Service
 * class Payments {
 *     Payments(Entities<String, AccountActor> accounts) { ... }   // accounts.ref("ACC-1").proxy(Account.class)
 * }
 * }</pre>
 *
 * <p>The key type {@code K} of the injected {@code Entities} is this parameter's type (boxed,
 * for a primitive). The key is handed over as it is: it is never converted, nor resolved as a
 * placeholder or expression. Pekko: the entity id of {@code EntityContext}; Pykka: none.
 *
 * <p>The context fails to start, naming the class, when the class has two such parameters,
 * is a singleton, or has {@code @Scheduled} or {@code @EventListener} methods (they would only
 * reach the incarnations live at that moment: use the actor's {@code timers()} while it is
 * live, or a singleton bean that tells the keys concerned). An instance of the class built
 * otherwise than by its {@code Entities} (an {@code ObjectProvider}, {@code getBean}) fails,
 * as its key is unknown.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface EntityKey {
}
