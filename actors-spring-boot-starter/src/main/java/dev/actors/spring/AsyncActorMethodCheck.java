package dev.actors.spring;

import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Async;
import org.springframework.util.ClassUtils;

/**
 * Refuses {@code @Async} on {@link Actor @Actor} classes, before any bean is created (so
 * before {@code @EnableAsync} could wrap the actor in a proxy), for singleton, prototype and
 * lazy actor beans alike: throws {@link AsyncActorMethodException}.
 */
public final class AsyncActorMethodCheck implements BeanFactoryPostProcessor {

    /** Creates the check; register it as a {@code static @Bean}. */
    public AsyncActorMethodCheck() {
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        for (String beanName : beanFactory.getBeanDefinitionNames()) {
            // false: never initialise a FactoryBean to learn its type, this early.
            Class<?> type = beanFactory.getType(beanName, false);
            if (type == null) {
                continue;
            }
            Class<?> userClass = ClassUtils.getUserClass(type);
            if (dev.actors.Actor.class.isAssignableFrom(userClass)
                    && AnnotatedElementUtils.hasAnnotation(userClass, Actor.class)) {
                check(beanName, userClass);
            }
        }
    }

    private static void check(String beanName, Class<?> actorClass) {
        if (AnnotatedElementUtils.hasAnnotation(actorClass, Async.class)) {
            throw new AsyncActorMethodException(beanName, actorClass, List.of());
        }
        List<Method> asyncMethods = MethodIntrospector.selectMethods(actorClass,
                (MethodIntrospector.MetadataLookup<Boolean>) method ->
                        AnnotatedElementUtils.hasAnnotation(method, Async.class) ? Boolean.TRUE : null)
                .keySet().stream().sorted(Comparator.comparing(Method::toString)).toList();
        if (!asyncMethods.isEmpty()) {
            throw new AsyncActorMethodException(beanName, actorClass, asyncMethods);
        }
    }
}
