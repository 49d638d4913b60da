package dev.actors;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/** A typed-proxy call: a method of the actor invoked in its own thread. */
record MethodCall(Method method, Object[] arguments) implements ActorCommand {

    @Override
    public Object applyTo(Actor actor) throws Throwable {
        try {
            return method.invoke(actor, arguments);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }

    @Override
    public String toString() {
        return method.getName() + Arrays.toString(arguments == null ? new Object[0] : arguments);
    }
}
