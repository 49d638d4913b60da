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
import dev.actors.Entities;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinitionHolder;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.AutowireCandidateResolver;
import org.springframework.core.ResolvableType;
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
 * <li>asking for {@code Entities<K, X>} when {@code X} is no entity class (not an {@code @Actor},
 *     a singleton, no {@link EntityKey @EntityKey} parameter) or its key is not a {@code K};</li>
 * <li>asking for {@code ActorRef<X>}, {@code ActorProxy<X>} or an interface only an entity class
 *     implements: an entity actor has no ref of its own, its {@code Entities} route to it.</li>
 * </ul>
 * It also gives an {@code @EntityKey} parameter its key ({@link #getLazyResolutionProxyIfNecessary}).
 * Only required dependencies fail; optional ones ({@code Optional}, {@code ObjectProvider},
 * {@code required = false}) stay empty as Spring would leave them. Everything else is
 * delegated unchanged.
 */
final class ActorInjectionResolver implements AutowireCandidateResolver {

    private final AutowireCandidateResolver delegate;

    private final ListableBeanFactory beanFactory;

    private final Map<String, Class<?>> actorClassesByBeanName;

    private final EntityInjectionCheck entities;

    ActorInjectionResolver(AutowireCandidateResolver delegate, ListableBeanFactory beanFactory,
            Map<String, Class<?>> actorClassesByBeanName, Map<String, ResolvableType> entityKeyTypesByBeanName) {
        this.delegate = delegate;
        this.beanFactory = beanFactory;
        this.actorClassesByBeanName = actorClassesByBeanName;
        this.entities = new EntityInjectionCheck(beanFactory, actorClassesByBeanName, entityKeyTypesByBeanName);
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
        if (type == Entities.class) {
            entities.checkEntities(descriptor);
        }
        else if (type == ActorRef.class || type == ActorProxy.class) {
            entities.checkNotAnEntity(descriptor, qualifier(descriptor));
        }
        else if (type.isInterface()) {
            checkInterface(descriptor, type);
            entities.checkInterfaceOfAnEntity(descriptor, type);
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

    static String qualifier(DependencyDescriptor descriptor) {
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

    private String injectables(Class<?> actorClass) {
        if (entities.isEntityClass(actorClass)) {
            return entities.entitiesOf(actorClass);
        }
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

    /**
     * The key, for the {@link EntityKey @EntityKey} parameter of an entity incarnation being
     * created: returned here rather than as a suggested value, which Spring would resolve as a
     * placeholder or expression and convert when it is a {@code String}; what this method returns is
     * injected as it is.
     */
    @Override
    public Object getLazyResolutionProxyIfNecessary(DependencyDescriptor descriptor, String beanName) {
        if (descriptor.getMethodParameter() != null && descriptor.getAnnotation(EntityKey.class) != null) {
            return EntityBeanInstances.keyFor(beanName, descriptor.getMethodParameter().toString());
        }
        return delegate.getLazyResolutionProxyIfNecessary(descriptor, beanName);
    }

    @Override
    public Class<?> getLazyResolutionProxyClass(DependencyDescriptor descriptor, String beanName) {
        return delegate.getLazyResolutionProxyClass(descriptor, beanName);
    }

    @Override
    public AutowireCandidateResolver cloneIfNecessary() {
        return new ActorInjectionResolver(delegate.cloneIfNecessary(), beanFactory, actorClassesByBeanName,
                entities.entityKeyTypesByBeanName());
    }
}
