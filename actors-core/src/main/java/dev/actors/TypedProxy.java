package dev.actors;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/**
 * The invocation handler behind {@link ActorRef#proxy(Class)} and {@link EntityRef#proxy(Class)}:
 * turns interface calls into messages to its {@link ProxyTarget} (the actor, or the entity of a
 * key), dispatched by the interface method's return type (see {@link TypedProxyPlan.Kind}). A
 * default method runs in the caller's thread, unless the actor class has a public method of the
 * same signature (overriding it): then it is a call to the actor. Declared checked exceptions
 * pass through; {@code throws Throwable} is the handler's contract.
 */
final class TypedProxy implements InvocationHandler {

    private static final Object[] NO_ARGUMENTS = new Object[0];

    private final ProxyTarget target;
    private final Class<?> api;
    private final TypedProxyPlan plan;

    private TypedProxy(ProxyTarget target, Class<?> api, TypedProxyPlan plan) {
        this.target = target;
        this.api = api;
        this.plan = plan;
    }

    static <I> I create(ActorRef<?> ref, Class<I> api) {
        return create(new ActorTarget(ref.actor()), ref.actorClass(), api);
    }

    /** A proxy of {@code api} sending to {@code target}, checked against {@code actorClass}. */
    static <I> I create(ProxyTarget target, Class<?> actorClass, Class<I> api) {
        TypedProxyPlan plan = TypedProxyPlan.of(actorClass, api);
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, new TypedProxy(target, api, plan)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        TypedProxyPlan.Dispatch dispatch = plan.dispatch(method);
        if (dispatch != null) {
            return call(dispatch, method, arguments);
        }
        MethodHandle defaultMethod = plan.defaultMethod(method);
        if (defaultMethod != null) {
            return defaultMethod.invoke(proxy, arguments == null ? NO_ARGUMENTS : arguments);
        }
        return switch (method.getName()) {
            case "equals" -> isSameProxy(arguments[0]);
            case "hashCode" -> 31 * target.hashCode() + api.hashCode();
            case "toString" -> "ActorProxy<" + api.getSimpleName() + "> for " + target.label();
            default -> throw new UnsupportedOperationException(method + " is not proxied");
        };
    }

    private Object call(TypedProxyPlan.Dispatch dispatch, Method method, Object[] arguments) throws Throwable {
        MethodCall message = new MethodCall(dispatch.target(), arguments);
        if (dispatch.kind() == TypedProxyPlan.Kind.FIRE_AND_FORGET) {
            target.sendCall(message);
            return null;
        }
        Actor answerer = target.answerer();
        if (dispatch.kind() == TypedProxyPlan.Kind.BLOCKING && answerer != null && answerer.isHandledByCurrentThread()) {
            throw SelfWaitDeadlock.of(answerer); // before sending: the call must not run later either
        }
        ThreadingFuture<Object> reply = target.askCall(message);
        if (dispatch.flatten()) {
            reply = flatten(reply, answerer);
        }
        return switch (dispatch.kind()) {
            case ACTOR_FUTURE -> reply;
            case COMPLETABLE_FUTURE -> reply.toCompletableFuture();
            default -> await(reply, method);
        };
    }

    private Object await(ThreadingFuture<Object> reply, Method method) throws Throwable {
        Duration timeout = target.registry().askTimeout();
        Object outcome;
        try {
            outcome = reply.awaitOutcome(timeout, Timeouts.toNanos(timeout, "the ask timeout"));
        } catch (ActorTimeoutException slow) {
            throw new ActorTimeoutException(target.label() + " did not answer " + api.getSimpleName() + "." + method.getName()
                    + " within " + timeout + " (the registry's ask timeout)");
        }
        Throwable failure = RawOutcome.failureOf(outcome);
        if (failure == null) {
            return RawOutcome.valueOf(outcome);
        }
        if (failure instanceof RuntimeException || failure instanceof Error || isDeclared(failure, method)) {
            throw failure;
        }
        throw new ActorExecutionException(target.label() + " threw " + failure + " from " + method.getName() + ", a checked exception "
                + "that " + api.getSimpleName() + "." + method.getName() + " does not declare", failure);
    }

    /**
     * The reply of a method that may return a future: completes with that inner future's
     * outcome when the value is one at runtime (whatever the method declares), else with the value.
     */
    private static ThreadingFuture<Object> flatten(ThreadingFuture<Object> outer, Actor actor) {
        ThreadingFuture<Object> flat = new ThreadingFuture<>(actor);
        outer.whenDone(() -> {
            Object outcome = outer.awaitOutcome(Duration.ZERO, 0L);
            Throwable failure = RawOutcome.failureOf(outcome);
            Object inner = RawOutcome.valueOf(outcome);
            if (failure != null) {
                flat.fail(failure);
            } else if (inner instanceof ActorFuture<?> || inner instanceof CompletionStage<?>) {
                CompletionStage<?> stage = inner instanceof ActorFuture<?> future ? future.toCompletableFuture()
                        : (CompletionStage<?>) inner;
                stage.whenComplete((value, error) -> {
                    if (error != null) {
                        flat.fail(unwrap(error));
                    } else {
                        flat.succeed(value);
                    }
                });
            } else {
                flat.succeed(inner);
            }
        });
        return flat;
    }

    private static Throwable unwrap(Throwable error) {
        boolean wrapper = error instanceof CompletionException || error instanceof ExecutionException;
        return wrapper && error.getCause() != null ? error.getCause() : error;
    }

    private static boolean isDeclared(Throwable failure, Method method) {
        for (Class<?> declared : method.getExceptionTypes()) {
            if (declared.isInstance(failure)) {
                return true;
            }
        }
        return false;
    }

    private boolean isSameProxy(Object other) {
        return other != null && Proxy.isProxyClass(other.getClass())
                && Proxy.getInvocationHandler(other) instanceof TypedProxy that
                && that.target.equals(target) && that.api == api;
    }
}
