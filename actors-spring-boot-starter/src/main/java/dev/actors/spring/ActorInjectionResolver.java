package dev.actors.spring;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.actors.ActorProxy;
import dev.actors.ActorRef;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinitionHolder;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.AutowireCandidateResolver;
import org.springframework.util.ClassUtils;

/**
 * Decorates the bean factory's {@link AutowireCandidateResolver} so that the injection
 * mistakes specific to actors fail with an {@link ActorInjectionException} that says what to
 * inject instead:
 * <ul>
 * <li>asking for an actor class itself (the raw instance would bypass its mailbox);</li>
 * <li>asking, with {@code @Qualifier("actorBean")}, for an interface that actor does not implement;</li>
 * <li>asking for an interface no bean provides while an actor has all its methods but does
 *     not declare {@code implements}.</li>
 * </ul>
 * Only required dependencies fail; optional ones ({@code Optional}, {@code ObjectProvider},
 * {@code required = false}) stay empty as Spring would leave them. Everything else is
 * delegated unchanged.
 */
final class ActorInjectionResolver implements AutowireCandidateResolver {

    private final AutowireCandidateResolver delegate;

    private final ListableBeanFactory beanFactory;

    private final Map<String, Class<?>> actorClassesByBeanName;

    ActorInjectionResolver(AutowireCandidateResolver delegate, ListableBeanFactory beanFactory,
            Map<String, Class<?>> actorClassesByBeanName) {
        this.delegate = delegate;
        this.beanFactory = beanFactory;
        this.actorClassesByBeanName = actorClassesByBeanName;
    }

    @Override
    public Object getSuggestedValue(DependencyDescriptor descriptor) {
        Object suggested = delegate.getSuggestedValue(descriptor);
        if (suggested != null || !descriptor.isRequired()) {
            return suggested;
        }
        Class<?> type = descriptor.getDependencyType();
        if (!type.isInterface() && dev.actors.Actor.class.isAssignableFrom(type)) {
            rejectRawActor(descriptor, type);
        }
        if (type.isInterface() && type != ActorRef.class && type != ActorProxy.class) {
            checkInterface(descriptor, type);
        }
        return null;
    }

    private void rejectRawActor(DependencyDescriptor descriptor, Class<?> type) {
        List<Class<?>> actorClasses = actorClassesByBeanName.values().stream()
                .filter(type::isAssignableFrom).distinct().toList();
        if (actorClasses.isEmpty()) {
            return;
        }
        Class<?> actorClass = actorClasses.getFirst();
        String action = "Inject " + injectables(actorClass) + " instead";
        throw new ActorInjectionException(descriptor.getResolvableType(), "the instance of @Actor "
                + actorClass.getName() + " is never injected (asked for " + type.getName()
                + "): calls on it would bypass its mailbox. " + action, action);
    }

    private void checkInterface(DependencyDescriptor descriptor, Class<?> type) {
        String qualifier = qualifier(descriptor);
        Class<?> qualifiedActor = qualifier == null ? null : actorClassesByBeanName.get(qualifier);
        if (qualifiedActor != null && !type.isAssignableFrom(qualifiedActor)) {
            String action = "make " + qualifiedActor.getSimpleName() + " implement it, or inject "
                    + injectables(qualifiedActor);
            throw new ActorInjectionException(descriptor.getResolvableType(), "actor bean '" + qualifier + "' ("
                    + qualifiedActor.getName() + ") does not implement " + type.getName() + ": " + action,
                    "M" + action.substring(1));
        }
        if (qualifier == null) {
            actorClassesByBeanName.values().stream().distinct()
                    .filter(actorClass -> !type.isAssignableFrom(actorClass) && hasAllMethods(actorClass, type))
                    .findFirst()
                    .filter(actorClass -> beanFactory.getBeanNamesForType(type, true, false).length == 0)
                    .ifPresent(actorClass -> {
                        String action = "add 'implements " + type.getSimpleName() + "' to "
                                + actorClass.getSimpleName() + " to inject it as a typed interface proxy";
                        throw new ActorInjectionException(descriptor.getResolvableType(), "no bean implements "
                                + type.getName() + "; @Actor " + actorClass.getName() + " has its methods but does not "
                                + "declare it: " + action, "A" + action.substring(1));
                    });
        }
    }

    private static String qualifier(DependencyDescriptor descriptor) {
        for (Annotation annotation : descriptor.getAnnotations()) {
            if (annotation instanceof Qualifier qualifier && !qualifier.value().isEmpty()) {
                return qualifier.value();
            }
        }
        return null;
    }

    private static boolean hasAllMethods(Class<?> actorClass, Class<?> api) {
        return Arrays.stream(api.getMethods())
                .filter(method -> Modifier.isAbstract(method.getModifiers()))
                .allMatch(method -> hasPublicMethod(actorClass, method));
    }

    private static boolean hasPublicMethod(Class<?> actorClass, Method method) {
        return ClassUtils.hasMethod(actorClass, method.getName(), method.getParameterTypes())
                && Modifier.isPublic(ClassUtils.getMethod(actorClass, method.getName(), method.getParameterTypes())
                        .getModifiers());
    }

    private static String injectables(Class<?> actorClass) {
        String simpleName = actorClass.getSimpleName();
        String interfaces = ActorApplicationInterfaces.of(actorClass).stream()
                .map(Class::getSimpleName).collect(Collectors.joining(", "));
        return "ActorRef<" + simpleName + ">, ActorProxy<" + simpleName + ">"
                + (interfaces.isEmpty() ? "" : " or one of its interfaces (" + interfaces + ")");
    }

    @Override
    public boolean isAutowireCandidate(BeanDefinitionHolder holder, DependencyDescriptor descriptor) {
        return delegate.isAutowireCandidate(holder, descriptor);
    }

    @Override
    public boolean isRequired(DependencyDescriptor descriptor) {
        return delegate.isRequired(descriptor);
    }

    @Override
    public boolean hasQualifier(DependencyDescriptor descriptor) {
        return delegate.hasQualifier(descriptor);
    }

    @Override
    public String getSuggestedName(DependencyDescriptor descriptor) {
        return delegate.getSuggestedName(descriptor);
    }

    @Override
    public Object getLazyResolutionProxyIfNecessary(DependencyDescriptor descriptor, String beanName) {
        return delegate.getLazyResolutionProxyIfNecessary(descriptor, beanName);
    }

    @Override
    public Class<?> getLazyResolutionProxyClass(DependencyDescriptor descriptor, String beanName) {
        return delegate.getLazyResolutionProxyClass(descriptor, beanName);
    }

    @Override
    public AutowireCandidateResolver cloneIfNecessary() {
        return new ActorInjectionResolver(delegate.cloneIfNecessary(), beanFactory, actorClassesByBeanName);
    }
}
