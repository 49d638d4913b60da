package dev.actors.cluster.hazelcast;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;

/**
 * A typed interface proxy of a clustered entity: each abstract method of the interface is a call
 * routed to the key's owner, dispatched by its return type as for a local typed proxy (a future:
 * asynchronous; {@code void}: fire and forget; anything else: the caller waits at most the ask
 * timeout). The interface is checked against the entity class when the proxy is made, by making
 * the local {@code Entities}' proxy, which also serves the calls the local-owner path takes.
 * Default methods that the entity class does not override run in the caller's thread.
 */
final class ClusteredProxy implements InvocationHandler {

    private final ClusteredEntityRef<?, ?> ref;
    private final Class<?> api;
    private final Object localProxy;

    private ClusteredProxy(ClusteredEntityRef<?, ?> ref, Class<?> api, Object localProxy) {
        this.ref = ref;
        this.api = api;
        this.localProxy = localProxy;
    }

    static <K, I> I create(ClusteredEntityRef<K, ?> ref, Class<I> api) {
        java.util.Objects.requireNonNull(api, "api");
        Object localProxy = ref.entities().local().ref(ref.key()).proxy(api); // the checks of a local proxy, starting nothing
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api},
                new ClusteredProxy(ref, api, localProxy)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> arguments[0] != null && Proxy.isProxyClass(arguments[0].getClass())
                        && Proxy.getInvocationHandler(arguments[0]) instanceof ClusteredProxy that
                        && that.ref.equals(ref) && that.api == api;
                case "hashCode" -> 31 * ref.hashCode() + api.hashCode();
                default -> "ActorProxy<" + api.getSimpleName() + "> for " + ref;
            };
        }
        if (method.isDefault() && !overriddenByEntity(method)) {
            return InvocationHandler.invokeDefault(proxy, method, arguments);
        }
        return call(method, arguments);
    }

    @SuppressWarnings("unchecked")
    private <K> Object call(Method method, Object[] arguments) throws Throwable {
        ClusteredEntityRef<K, ?> typed = (ClusteredEntityRef<K, ?>) ref;
        return typed.entities().call(typed.key(), typed::route, localProxy, method, arguments);
    }

    /** As for local proxies: a default method runs on the entity when its class has a public method of that signature. */
    private boolean overriddenByEntity(Method method) {
        try {
            Method found = ref.entities().entityType().getMethod(method.getName(), method.getParameterTypes());
            return !found.getDeclaringClass().isInterface() && !Modifier.isAbstract(found.getModifiers());
        } catch (NoSuchMethodException notOverridden) {
            return false;
        }
    }
}
