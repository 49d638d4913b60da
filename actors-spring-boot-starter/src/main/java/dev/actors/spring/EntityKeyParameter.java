package dev.actors.spring;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.event.EventListener;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;

/**
 * The {@link EntityKey @EntityKey} constructor parameter of an {@link Actor @Actor} class, which
 * makes it an entity class, and the checks that such a class can work as one: found when
 * {@link ActorBeanDefinitionRegistrar} registers the bean definitions, so that a mistake fails
 * the startup naming the class.
 */
final class EntityKeyParameter {

    private EntityKeyParameter() {
    }

    /**
     * The key type of an entity class.
     *
     * @param beanName the {@code @Actor} bean's name
     * @param definition its bean definition
     * @param actorClass its class
     * @return the type of its {@code @EntityKey} parameter (boxed), or {@code null} when the
     *     class has none (it is not an entity class)
     * @throws InvalidActorBeanException if it has two, or is not fit to be an entity class
     */
    static ResolvableType keyTypeOf(String beanName, BeanDefinition definition, Class<?> actorClass) {
        Set<Class<?>> keyClasses = new LinkedHashSet<>();
        ResolvableType keyType = null;
        for (Constructor<?> constructor : actorClass.getDeclaredConstructors()) {
            List<MethodParameter> keys = keyParameters(constructor);
            if (keys.size() > 1) {
                throw invalid(beanName, actorClass, "has " + keys.size() + " @EntityKey parameters in one constructor ("
                        + keys.stream().map(EntityKeyParameter::describe).collect(Collectors.joining(", ")) + ")",
                        "Keep @EntityKey on the one parameter that receives the entity's key");
            }
            if (keys.size() == 1) {
                keyType = boxed(ResolvableType.forMethodParameter(keys.getFirst()));
                keyClasses.add(keyType.toClass());
            }
        }
        if (keyType == null) {
            return null;
        }
        if (keyClasses.size() > 1) {
            throw invalid(beanName, actorClass, "has @EntityKey parameters of different types in its constructors ("
                    + keyClasses.stream().map(Class::getName).collect(Collectors.joining(", ")) + ")",
                    "Give every @EntityKey parameter the type of the key");
        }
        requireFitForEntities(beanName, definition, actorClass);
        return keyType;
    }

    private static void requireFitForEntities(String beanName, BeanDefinition definition, Class<?> actorClass) {
        if (!definition.isPrototype()) {
            String scope = definition.getScope() == null || definition.getScope().isEmpty() ? "singleton"
                    : definition.getScope();
            throw invalid(beanName, actorClass, "has an @EntityKey constructor parameter but is a " + scope
                    + " bean: an entity class has one actor per key, each built as a new bean",
                    "Annotate " + actorClass.getSimpleName() + " @Scope(\"prototype\") and inject Entities<K, "
                            + actorClass.getSimpleName() + ">, or remove @EntityKey");
        }
        List<String> perInstance = MethodIntrospector.selectMethods(actorClass,
                (MethodIntrospector.MetadataLookup<String>) EntityKeyParameter::perInstanceAnnotation)
                .entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey().getName() + "()")
                .sorted().toList();
        if (!perInstance.isEmpty()) {
            throw invalid(beanName, actorClass, "is an entity class (an @EntityKey constructor parameter) with "
                    + String.join(", ", perInstance) + ": they would reach only the "
                    + "entities live at that moment, not every key",
                    "Remove them: start a timer with timers() in onStart() for work while an entity is live, or put "
                            + "the @Scheduled or @EventListener method on a singleton bean that tells the keys concerned");
        }
    }

    private static List<MethodParameter> keyParameters(Constructor<?> constructor) {
        List<MethodParameter> keys = new ArrayList<>();
        for (int index = 0; index < constructor.getParameterCount(); index++) {
            MethodParameter parameter = MethodParameter.forExecutable(constructor, index);
            if (parameter.hasParameterAnnotation(EntityKey.class)) {
                keys.add(parameter);
            }
        }
        return keys;
    }

    private static ResolvableType boxed(ResolvableType type) {
        Class<?> raw = type.toClass();
        return raw.isPrimitive() ? ResolvableType.forClass(ClassUtils.resolvePrimitiveIfNecessary(raw)) : type;
    }

    private static String describe(MethodParameter parameter) {
        return "parameter " + parameter.getParameterIndex() + " of type " + parameter.getParameterType().getName();
    }

    private static InvalidActorBeanException invalid(String beanName, Class<?> actorClass, String what, String action) {
        String problem = "@Actor bean '" + beanName + "' (" + actorClass.getName() + ") " + what;
        return new InvalidActorBeanException(problem + ". " + action, problem, action);
    }

    /** The annotation that would make Spring call the method on each instance, or {@code null}. */
    private static String perInstanceAnnotation(Method method) {
        if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
            return "@Scheduled";
        }
        return AnnotatedElementUtils.hasAnnotation(method, EventListener.class) ? "@EventListener" : null;
    }
}
