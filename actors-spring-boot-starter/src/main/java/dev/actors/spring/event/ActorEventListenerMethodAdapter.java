package dev.actors.spring.event;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.actors.ActorDeadException;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ApplicationListenerMethodAdapter;

/**
 * An {@code @EventListener} method of an {@link dev.actors.spring.Actor @Actor} bean: the
 * event is matched (event type, {@code condition}) in the publisher's thread as Spring
 * does, then sent to the actor as a message, and the method runs in the actor's thread,
 * in mailbox order, never beside a handler.
 *
 * <p>The publisher does not wait. A failure of the method is logged at WARN and the actor
 * lives on (ask semantics, like a {@code void} method called through the actor's
 * interface proxy); the publisher is not told. An event returned by the method (Spring's
 * "publish the result" feature) is published from the actor's thread. Once the actor has
 * stopped, its listeners ignore events. The method runs on the instance that handles the
 * actor's messages when the event comes up, the new one after a restart.
 */
public class ActorEventListenerMethodAdapter extends ApplicationListenerMethodAdapter {

    private static final Logger log = LoggerFactory.getLogger(ActorEventListenerMethodAdapter.class);

    private final ObjectProvider<ActorRegistry> registry;

    private final String methodName;

    /** The instance the method is called on while the actor's thread handles an event (see {@link #getTargetBean()}). */
    private final ThreadLocal<Object> handlingInstance = new ThreadLocal<>();

    /**
     * Creates the listener for one method.
     *
     * @param beanName the actor bean's name
     * @param targetClass the actor bean's class
     * @param method the {@code @EventListener} method
     * @param registry the context's actor registry
     */
    public ActorEventListenerMethodAdapter(String beanName, Class<?> targetClass, Method method,
            ObjectProvider<ActorRegistry> registry) {
        super(beanName, targetClass, method);
        this.registry = registry;
        this.methodName = method.getDeclaringClass().getName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * Sends the call to the actor and returns at once.
     *
     * @param args the method's arguments, resolved from the event
     * @return {@code null}: any result is handled in the actor's thread
     */
    @Override
    protected @Nullable Object doInvoke(@Nullable Object... args) {
        // The bean lookup starts a lazy actor bean at its first event, as Spring creates a lazy listener bean.
        if (!(getTargetBean() instanceof dev.actors.Actor actor)) {
            return super.doInvoke(args);
        }
        Optional<ActorRef<?>> ref = registry.getObject().getByUrn(actor.actorUrn());
        if (ref.isEmpty()) {
            log.debug("Event for {} ignored: {} has stopped", methodName, actor.actorUrn());
            return null;
        }
        try {
            ref.get().proxy().call(incarnation -> {
                Object result = invokeOn(incarnation, args);
                if (result != null) {
                    handleResult(result);
                }
                return null;
            }).toCompletableFuture().whenComplete((ignored, failure) -> report(ref.get(), failure, args));
        }
        catch (ActorDeadException stopped) {
            log.debug("Event for {} ignored: {} has stopped", methodName, ref.get());
        }
        return null;
    }

    /** Spring's invocation of the method, on {@code incarnation} rather than the bean Spring holds. */
    private @Nullable Object invokeOn(Object incarnation, @Nullable Object[] args) {
        handlingInstance.set(incarnation);
        try {
            return super.doInvoke(args);
        }
        finally {
            handlingInstance.remove();
        }
    }

    /**
     * The bean, as Spring looks it up; while the actor handles an event, the instance handling
     * its messages, which is another one than Spring's after a restart.
     *
     * @return the instance to call the method on
     */
    @Override
    protected Object getTargetBean() {
        Object handling = handlingInstance.get();
        return handling != null ? handling : super.getTargetBean();
    }

    private void report(ActorRef<?> ref, @Nullable Throwable failure, @Nullable Object[] args) {
        // ActorDeadException: the event was still queued when the actor stopped; nothing to say.
        if (failure != null && !(failure instanceof ActorDeadException)) {
            log.warn("@EventListener method {} failed in {} for {}; the actor lives on", methodName, ref,
                    Arrays.toString(args), failure);
        }
    }
}
