package dev.actors;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * How a typed proxy of one interface dispatches to one actor class: validated once per
 * (actor class, interface) pair and cached, so that making a proxy is cheap and a call does
 * one map lookup.
 */
final class TypedProxyPlan {

    /** How a call is made, chosen by the interface method's return type. */
    enum Kind {
        /** Returns {@link ActorFuture}: an ask. */
        ACTOR_FUTURE,
        /** Returns {@link CompletableFuture}, {@link CompletionStage} or {@link Future}: an ask, converted. */
        COMPLETABLE_FUTURE,
        /** Returns {@code void}: fire and forget with ask semantics (failures logged at WARN). */
        FIRE_AND_FORGET,
        /** Anything else: an ask, waited for with the registry's ask timeout. */
        BLOCKING
    }

    /** The dispatch of one interface method. */
    record Dispatch(Method target, Kind kind, boolean flatten) {
    }

    private static final ClassValue<Map<Class<?>, TypedProxyPlan>> PLANS = new ClassValue<>() {
        @Override
        protected Map<Class<?>, TypedProxyPlan> computeValue(Class<?> actorClass) {
            return new ConcurrentHashMap<>();
        }
    };

    private final Map<Method, Dispatch> dispatches;
    /** Default methods of the interface, callable on a proxy even when the interface is not public. */
    private final Map<Method, MethodHandle> defaults;

    private TypedProxyPlan(Map<Method, Dispatch> dispatches, Map<Method, MethodHandle> defaults) {
        this.dispatches = dispatches;
        this.defaults = defaults;
    }

    /**
     * The plan for proxying {@code actorClass} as {@code api}, built and validated on first use.
     *
     * @throws IllegalArgumentException if {@code api} is not an interface or the actor lacks methods
     */
    static TypedProxyPlan of(Class<?> actorClass, Class<?> api) {
        if (!api.isInterface()) {
            throw new IllegalArgumentException(api.getName() + " is not an interface: typed proxies implement "
                    + "interfaces only. Use ref.proxy() for an ActorProxy, or extract an interface");
        }
        return PLANS.get(actorClass).computeIfAbsent(api, type -> build(actorClass, type));
    }

    /**
     * The dispatch of an abstract interface method, or of a default method that the actor class
     * overrides publicly; {@code null} for other default methods and Object methods.
     */
    Dispatch dispatch(Method method) {
        return dispatches.get(method);
    }

    /** The handle of a default method, taking (proxy, arguments array), or {@code null}. */
    MethodHandle defaultMethod(Method method) {
        return defaults.get(method);
    }

    private static TypedProxyPlan build(Class<?> actorClass, Class<?> api) {
        Map<Method, Dispatch> dispatches = new HashMap<>();
        Map<Method, MethodHandle> defaults = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Method method : api.getMethods()) {
            if (method.isDefault() && !isOverriddenBy(actorClass, method)) {
                defaults.put(method, defaultHandle(method));
                continue;
            }
            if (Modifier.isStatic(method.getModifiers()) || isObjectMethod(method)) {
                continue;
            }
            try {
                Method target = actorClass.getMethod(method.getName(), method.getParameterTypes());
                Kind kind = kindOf(method.getReturnType());
                Dispatch dispatch = new Dispatch(target, kind, flattens(kind, target));
                String mismatch = returnMismatch(method, dispatch);
                if (mismatch != null) {
                    problems.add(mismatch);
                    continue;
                }
                makeAccessible(target, actorClass);
                dispatches.put(method, dispatch);
            } catch (NoSuchMethodException missing) {
                problems.add("no public method " + signature(method));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Cannot proxy " + actorClass.getName() + " as " + api.getName() + ": "
                    + String.join("; ", problems) + ". Add public methods with these names and parameter types to "
                    + "the actor class, or remove them from the interface");
        }
        return new TypedProxyPlan(Map.copyOf(dispatches), Map.copyOf(defaults));
    }

    /**
     * Whether the actor class has a public method, declared in a class (not inherited from an
     * interface default), with the default method's name and parameter types: then the call
     * goes to the actor, in its thread.
     */
    private static boolean isOverriddenBy(Class<?> actorClass, Method defaultMethod) {
        try {
            return !actorClass.getMethod(defaultMethod.getName(), defaultMethod.getParameterTypes())
                    .getDeclaringClass().isInterface();
        } catch (NoSuchMethodException notOverridden) {
            return false;
        }
    }

    private static MethodHandle defaultHandle(Method method) {
        Class<?> declaring = method.getDeclaringClass();
        try {
            return MethodHandles.privateLookupIn(declaring, MethodHandles.lookup()).unreflectSpecial(method, declaring)
                    .asSpreader(Object[].class, method.getParameterCount());
        } catch (IllegalAccessException | SecurityException closed) {
            throw new IllegalArgumentException("Cannot call the default method " + declaring.getName() + "."
                    + method.getName() + " on a proxy: open its package to module dev.actors", closed);
        }
    }

    private static Kind kindOf(Class<?> returnType) {
        if (returnType == ActorFuture.class || returnType == ThreadingFuture.class) {
            return Kind.ACTOR_FUTURE;
        }
        if (returnType == CompletableFuture.class || returnType == CompletionStage.class || returnType == Future.class) {
            return Kind.COMPLETABLE_FUTURE;
        }
        return returnType == void.class ? Kind.FIRE_AND_FORGET : Kind.BLOCKING;
    }

    /**
     * Whether replies are flattened: for an asynchronous method, when the value may be a future
     * at runtime; for a blocking one, only when the actor method declares a future (a method
     * declared {@code Object} on both sides gets what the actor returned).
     */
    private static boolean flattens(Kind kind, Method target) {
        return switch (kind) {
            case BLOCKING -> returnsFuture(target);
            case FIRE_AND_FORGET -> false;
            case ACTOR_FUTURE, COMPLETABLE_FUTURE -> mayReturnFuture(target);
        };
    }

    private static boolean returnsFuture(Method target) {
        Class<?> type = target.getReturnType();
        return ActorFuture.class.isAssignableFrom(type) || CompletionStage.class.isAssignableFrom(type);
    }

    /**
     * Whether a value the actor method returns may be an {@link ActorFuture} or
     * {@link CompletionStage} at runtime (declared as one, as {@code Object}, {@code Future}, any
     * interface or non-final class): such replies of asynchronous methods are flattened by the
     * value's runtime class. Only primitives and final classes that are no future are excluded.
     */
    private static boolean mayReturnFuture(Method target) {
        Class<?> type = target.getReturnType();
        return !type.isPrimitive() && (returnsFuture(target) || !Modifier.isFinal(type.getModifiers()));
    }

    private static String returnMismatch(Method method, Dispatch dispatch) {
        if (dispatch.kind() != Kind.BLOCKING || dispatch.flatten()) {
            return null;
        }
        Class<?> expected = boxed(method.getReturnType());
        Class<?> actual = boxed(dispatch.target().getReturnType());
        if (actual == Void.class || !expected.isAssignableFrom(actual)) {
            return signature(method) + " returns " + method.getReturnType().getName() + " but the actor's method returns "
                    + dispatch.target().getReturnType().getName();
        }
        return null;
    }

    private static void makeAccessible(Method target, Class<?> actorClass) {
        try {
            target.setAccessible(true);
        } catch (InaccessibleObjectException | SecurityException closed) {
            throw new IllegalArgumentException("Cannot call " + actorClass.getName() + "." + target.getName()
                    + " from dev.actors: open its package to module dev.actors (" + closed.getMessage() + ")", closed);
        }
    }

    private static boolean isObjectMethod(Method method) {
        try {
            Object.class.getMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException notFromObject) {
            return false;
        }
    }

    private static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "char" -> Character.class;
            case "byte" -> Byte.class;
            case "short" -> Short.class;
            default -> Void.class;
        };
    }
}
