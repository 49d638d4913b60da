package dev.actors.spring;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.factory.support.BeanDefinitionValidationException;

/**
 * {@code @Async} on an {@link Actor @Actor} class or one of its methods: the context fails
 * to start with this exception, raised by {@link AsyncActorMethodCheck}. An actor's
 * methods run in its own thread, one message at a time; with {@code @EnableAsync} an
 * {@code @Async} method would run on an executor beside the actor's handlers (on the
 * instance itself), and without it the annotation would be silently ignored.
 */
public class AsyncActorMethodException extends BeanDefinitionValidationException {

    private final String beanName;

    private final Class<?> actorClass;

    private final List<Method> asyncMethods;

    /**
     * Creates the exception.
     *
     * @param beanName the actor bean's name
     * @param actorClass its class
     * @param asyncMethods its {@code @Async} methods; empty when the class itself carries {@code @Async}
     */
    public AsyncActorMethodException(String beanName, Class<?> actorClass, List<Method> asyncMethods) {
        super("@Actor bean '" + beanName + "' (" + actorClass.getName() + ") has " + where(asyncMethods)
                + ": an actor's methods run in its own thread, one message at a time, so @Async would run them beside its "
                + "handlers (with @EnableAsync) or be silently ignored. Remove @Async from the actor class: calls through "
                + "its interface proxy already leave the caller free (void methods are fire-and-forget, methods returning "
                + "a future are asynchronous); move work that must run elsewhere to a bean the actor calls");
        this.beanName = beanName;
        this.actorClass = actorClass;
        this.asyncMethods = List.copyOf(asyncMethods);
    }

    /**
     * The actor bean's name.
     *
     * @return the bean name
     */
    public String getBeanName() {
        return beanName;
    }

    /**
     * The actor bean's class.
     *
     * @return the class
     */
    public Class<?> getActorClass() {
        return actorClass;
    }

    /**
     * The methods annotated {@code @Async}.
     *
     * @return the methods, empty when the class itself carries {@code @Async}
     */
    public List<Method> getAsyncMethods() {
        return asyncMethods;
    }

    private static String where(List<Method> asyncMethods) {
        if (asyncMethods.isEmpty()) {
            return "@Async on the class";
        }
        return asyncMethods.stream().map(AsyncActorMethodException::signature)
                .collect(Collectors.joining(", ", "@Async on ", ""));
    }

    private static String signature(Method method) {
        return method.getName() + "(" + Arrays.stream(method.getParameterTypes()).map(Class::getName)
                .collect(Collectors.joining(", ")) + ")";
    }
}
