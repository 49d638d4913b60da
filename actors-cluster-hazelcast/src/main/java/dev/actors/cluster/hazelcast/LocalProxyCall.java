package dev.actors.cluster.hazelcast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Calls a method on the local {@code Entities}' typed proxy of an entity, as the application
 * would have called it: through the proxy's own handler when it is a {@link Proxy} (the core's
 * typed proxies are), so that an interface this module cannot access (package-private in the
 * application's package) works as it does locally; reflection otherwise. The method's exception
 * is thrown as it is, never wrapped.
 */
final class LocalProxyCall {

    private LocalProxyCall() {
    }

    static Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        if (Proxy.isProxyClass(proxy.getClass())) {
            return Proxy.getInvocationHandler(proxy).invoke(proxy, method, arguments);
        }
        try {
            return method.invoke(proxy, arguments);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }
}
