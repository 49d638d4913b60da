package dev.actors.spring;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.core.ResolvableType;

/**
 * The injection mistakes about entities that {@link ActorInjectionResolver} explains with an
 * {@link ActorInjectionException}: each check runs only for a required dependency that no bean
 * satisfies (a user's own {@code Entities} bean, made with {@code ActorRegistry.entities}, is
 * injected as any bean).
 */
final class EntityInjectionCheck {

    private final ListableBeanFactory beanFactory;

    private final Map<String, Class<?>> actorClassesByBeanName;

    private final Map<String, ResolvableType> entityKeyTypesByBeanName;

    EntityInjectionCheck(ListableBeanFactory beanFactory, Map<String, Class<?>> actorClassesByBeanName,
            Map<String, ResolvableType> entityKeyTypesByBeanName) {
        this.beanFactory = beanFactory;
        this.actorClassesByBeanName = actorClassesByBeanName;
        this.entityKeyTypesByBeanName = entityKeyTypesByBeanName;
    }

    Map<String, ResolvableType> entityKeyTypesByBeanName() {
        return entityKeyTypesByBeanName;
    }

    boolean isEntityClass(Class<?> actorClass) {
        return entityBeanOf(actorClass, null).isPresent();
    }

    /** What to inject for an entity class: {@code Entities<String, AccountActor>}. */
    String entitiesOf(Class<?> actorClass) {
        String beanName = entityBeanOf(actorClass, null).orElseThrow();
        return "Entities<" + entityKeyTypesByBeanName.get(beanName).toClass().getSimpleName() + ", "
                + actorClass.getSimpleName() + "> and send to a key (entities.ref(key))";
    }

    /** {@code Entities<K, X>}: {@code X} must be an entity class whose key is a {@code K}. */
    void checkEntities(DependencyDescriptor descriptor) {
        ResolvableType wanted = descriptor.getResolvableType();
        Class<?> actorClass = wanted.getGeneric(1).resolve();
        if (actorClass == null || isSatisfied(wanted)) {
            return;
        }
        String qualifier = ActorInjectionResolver.qualifier(descriptor);
        List<String> beans = actorClassesByBeanName.entrySet().stream()
                .filter(entry -> entry.getValue() == actorClass && (qualifier == null || entry.getKey().equals(qualifier)))
                .map(Map.Entry::getKey).toList();
        String simpleName = actorClass.getSimpleName();
        if (beans.isEmpty()) {
            fail(wanted, actorClass.getName() + " is not an @Actor bean" + (qualifier == null ? "" : " named '"
                    + qualifier + "'") + ", and Entities are made for a @Scope(\"prototype\") @Actor class with an "
                    + "@EntityKey constructor parameter", "Annotate " + simpleName + " @Actor and @Scope(\"prototype\") "
                    + "and its key parameter @EntityKey, or define the Entities bean yourself with "
                    + "ActorRegistry.entities(...)");
        }
        String beanName = beans.getFirst();
        ResolvableType keyType = entityKeyTypesByBeanName.get(beanName);
        if (keyType == null && isSingleton(beanName)) {
            fail(wanted, "@Actor bean '" + beanName + "' (" + actorClass.getName() + ") is a singleton: one actor "
                    + "for the whole context, not one per key", "Annotate " + simpleName + " @Scope(\"prototype\") "
                    + "and the constructor parameter that receives the key @EntityKey");
        }
        if (keyType == null) {
            fail(wanted, "prototype @Actor bean '" + beanName + "' (" + actorClass.getName() + ") has no @EntityKey "
                    + "constructor parameter, so its instances could not know their key", "Annotate the constructor "
                    + "parameter of " + simpleName + " that receives the key with @dev.actors.spring.EntityKey");
        }
        fail(wanted, "the key type of " + wanted + " is not that of the @EntityKey parameter of @Actor bean '"
                + beanName + "' (" + keyType + ")", "Inject Entities<" + keyType.toClass().getSimpleName() + ", "
                + simpleName + ">, or change the type of the @EntityKey parameter");
    }

    /** {@code ActorRef<X>} or {@code ActorProxy<X>} of an entity class: there is none. */
    void checkNotAnEntity(DependencyDescriptor descriptor, String qualifier) {
        ResolvableType wanted = descriptor.getResolvableType();
        Class<?> actorClass = wanted.getGeneric(0).resolve();
        if (actorClass == null || isSatisfied(wanted)) {
            return;
        }
        entityBeanOf(actorClass, qualifier).ifPresent(beanName -> fail(wanted, "@Actor bean '" + beanName + "' ("
                + actorClass.getName() + ") is an entity class (an @EntityKey constructor parameter): one actor per key, "
                + "with no " + wanted.toClass().getSimpleName() + " of its own", "Inject " + entitiesOf(actorClass)));
    }

    /** An interface that no bean provides and an entity class implements: reach it through the entity's ref. */
    void checkInterfaceOfAnEntity(DependencyDescriptor descriptor, Class<?> api) {
        if (isSatisfied(descriptor.getResolvableType())) {
            return;
        }
        entityKeyTypesByBeanName.keySet().stream()
                .filter(beanName -> ActorApplicationInterfaces.of(actorClassesByBeanName.get(beanName)).contains(api))
                .findFirst()
                .ifPresent(beanName -> {
                    Class<?> actorClass = actorClassesByBeanName.get(beanName);
                    fail(descriptor.getResolvableType(), "no bean implements " + api.getName() + "; @Actor bean '"
                            + beanName + "' (" + actorClass.getName() + ") does, but it is an entity class: one actor "
                            + "per key", "Inject " + entitiesOf(actorClass).replace("entities.ref(key)",
                            "entities.ref(key).proxy(" + api.getSimpleName() + ".class)"));
                });
    }

    private Optional<String> entityBeanOf(Class<?> actorClass, String qualifier) {
        return entityKeyTypesByBeanName.keySet().stream()
                .filter(beanName -> actorClassesByBeanName.get(beanName) == actorClass
                        && (qualifier == null || beanName.equals(qualifier)))
                .findFirst();
    }

    /** Whether a bean other than an actor bean (never an autowire candidate) is of that type. */
    private boolean isSatisfied(ResolvableType wanted) {
        return Arrays.stream(beanFactory.getBeanNamesForType(wanted, true, false))
                .anyMatch(beanName -> !actorClassesByBeanName.containsKey(beanName));
    }

    private boolean isSingleton(String beanName) {
        try {
            return !(beanFactory instanceof ConfigurableListableBeanFactory configurable)
                    || configurable.getMergedBeanDefinition(beanName).isSingleton();
        }
        catch (NoSuchBeanDefinitionException ex) {
            return true;
        }
    }

    private static void fail(ResolvableType wanted, String detail, String action) {
        throw new ActorInjectionException(wanted, detail + ": " + lowerFirst(action), action);
    }

    private static String lowerFirst(String sentence) {
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
