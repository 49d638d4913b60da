package dev.actors.cluster.hazelcast;

import dev.actors.ActorFuture;
import dev.actors.ThreadingFuture;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

/**
 * An interface method as it travels: its interface's and parameter types' names, resolved back to
 * the {@link Method} on the owner (where the same classes must exist). How the call is made
 * follows the typed-proxy rules, by the method's return type.
 *
 * @param api the interface declaring the method
 * @param name the method name
 * @param parameterTypes the parameter types' names ({@link Class#getName()})
 */
record RemoteMethod(String api, String name, String[] parameterTypes) {

    /** How a call is made, as for a local typed proxy. */
    enum Kind {
        /** Returns an {@link ActorFuture}: an ask. */
        ACTOR_FUTURE,
        /** Returns a {@link CompletableFuture}, {@link CompletionStage} or {@link Future}: an ask. */
        COMPLETION_STAGE,
        /** Returns {@code void}: fire and forget (a failure is logged on the owner). */
        VOID,
        /** Anything else: an ask the caller waits for, at most the ask timeout. */
        BLOCKING
    }

    private static final ConcurrentHashMap<RemoteMethod, Method> RESOLVED = new ConcurrentHashMap<>();

    static RemoteMethod of(Method method) {
        return new RemoteMethod(method.getDeclaringClass().getName(), method.getName(),
                Arrays.stream(method.getParameterTypes()).map(Class::getName).toArray(String[]::new));
    }

    static Kind kindOf(Method method) {
        Class<?> type = method.getReturnType();
        if (type == ActorFuture.class || type == ThreadingFuture.class) {
            return Kind.ACTOR_FUTURE;
        }
        if (type == CompletableFuture.class || type == CompletionStage.class || type == Future.class) {
            return Kind.COMPLETION_STAGE;
        }
        return type == void.class ? Kind.VOID : Kind.BLOCKING;
    }

    /**
     * The method, loaded with {@code loader} (the entity class's).
     *
     * @throws IllegalArgumentException if the interface or the method is not there
     */
    Method resolve(ClassLoader loader) {
        Method known = RESOLVED.get(this);
        if (known != null) {
            return known;
        }
        try {
            Class<?> type = Class.forName(api, false, loader);
            Class<?>[] parameters = new Class<?>[parameterTypes.length];
            for (int i = 0; i < parameters.length; i++) {
                parameters[i] = typeNamed(parameterTypes[i], loader);
            }
            Method method = type.getMethod(name, parameters);
            makeAccessible(method);
            RESOLVED.putIfAbsent(this, method);
            return method;
        } catch (ClassNotFoundException | NoSuchMethodException missing) {
            throw new IllegalArgumentException("This member has no method " + this + " (" + missing + "): deploy the same "
                    + "version of the application on every member", missing);
        }
    }

    /** A method of a non-public interface is called through reflection from this package: open it where allowed. */
    private static void makeAccessible(Method method) {
        try {
            method.setAccessible(true);
        } catch (RuntimeException closed) { // a named module that does not open the package: public interfaces still work
        }
    }

    private static Class<?> typeNamed(String name, ClassLoader loader) throws ClassNotFoundException {
        return switch (name) {
            case "int" -> int.class;
            case "long" -> long.class;
            case "boolean" -> boolean.class;
            case "double" -> double.class;
            case "float" -> float.class;
            case "char" -> char.class;
            case "byte" -> byte.class;
            case "short" -> short.class;
            default -> Class.forName(name, false, loader);
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RemoteMethod that && api.equals(that.api) && name.equals(that.name)
                && Arrays.equals(parameterTypes, that.parameterTypes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * api.hashCode() + name.hashCode()) + Arrays.hashCode(parameterTypes);
    }

    @Override
    public String toString() {
        return api.substring(api.lastIndexOf('.') + 1) + "." + name + "(" + String.join(", ", parameterTypes) + ")";
    }
}
