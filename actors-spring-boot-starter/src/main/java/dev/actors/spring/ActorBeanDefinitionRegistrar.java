package dev.actors.spring;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.actors.ActorProxy;
import dev.actors.ActorRef;
import dev.actors.Entities;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionValidationException;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * Turns each {@link Actor @Actor} bean definition into what other beans may inject.
 *
 * <p>For an actor bean {@code adder} of class {@code Adder} it registers
 * {@code adder#actorRef} ({@code ActorRef<Adder>}), {@code adder#actorProxy}
 * ({@code ActorProxy<Adder>}) and one {@code adder#<interface>} bean per application
 * interface (a typed interface proxy), each with the actor bean's scope and a
 * {@code @Qualifier("adder")}. Each is a call of a factory method of the
 * {@link ActorInjectables} bean with the actor bean's name as argument, a form Spring AOT
 * generates code for; restored from that code ({@code -Dspring.aot.enabled=true}), the
 * definitions are left as they are. The actor bean itself stops being an autowire candidate,
 * and {@link ActorInjectionResolver} explains what to inject instead when a bean asks
 * for it. A non-actor class annotated {@code @Actor} fails here, naming the class.
 *
 * <p>An entity class (a prototype actor with an {@link EntityKey @EntityKey} constructor
 * parameter, see {@link EntityKeyParameter}) gets none of those: an actor per key has no ref of
 * its own. It gets one singleton {@code account#entities} bean instead
 * ({@code Entities<K, AccountActor>}, {@code K} the key parameter's type), shared by every
 * injection point of the context, with the same qualifier.
 */
public final class ActorBeanDefinitionRegistrar
        implements BeanDefinitionRegistryPostProcessor, BeanClassLoaderAware, Ordered {

    /** Separates the actor bean's name from the kind of injectable bean derived from it. */
    public static final String NAME_SEPARATOR = "#";

    private final Map<String, Class<?>> actorClassesByBeanName = new LinkedHashMap<>();

    private final Map<String, ResolvableType> entityKeyTypesByBeanName = new LinkedHashMap<>();

    private ClassLoader classLoader = ClassUtils.getDefaultClassLoader();

    /** Creates the registrar; register it as a {@code static @Bean} so it runs before beans are created. */
    public ActorBeanDefinitionRegistrar() {
    }

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
        if (!registry.containsBeanDefinition(ActorInjectables.BEAN_NAME)) {
            RootBeanDefinition injectables = new RootBeanDefinition(ActorInjectables.class);
            injectables.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
            registry.registerBeanDefinition(ActorInjectables.BEAN_NAME, injectables);
        }
        for (String beanName : registry.getBeanDefinitionNames()) {
            BeanDefinition definition = registry.getBeanDefinition(beanName);
            Class<?> actorClass = annotatedClass(beanName, definition);
            if (actorClass == null) {
                continue;
            }
            if (!dev.actors.Actor.class.isAssignableFrom(actorClass)) {
                String problem = "@Actor class " + actorClass.getName() + " (bean '" + beanName
                        + "') does not extend an actor";
                String action = "make it extend dev.actors.ThreadingActor or dev.actors.VirtualThreadActor, "
                        + "or annotate it @Component instead of @Actor";
                throw new InvalidActorBeanException(problem + ": " + action, problem, capitalized(action));
            }
            definition.setAutowireCandidate(false);
            actorClassesByBeanName.put(beanName, actorClass);
            ResolvableType keyType = EntityKeyParameter.keyTypeOf(beanName, definition, actorClass);
            if (keyType == null) {
                registerInjectables(registry, beanName, definition, actorClass);
            }
            else {
                entityKeyTypesByBeanName.put(beanName, keyType);
                register(registry, beanName, "entities", definition, BeanDefinition.SCOPE_SINGLETON,
                        ResolvableType.forClassWithGenerics(Entities.class, keyType, ResolvableType.forClass(actorClass)),
                        "entities", keyType.toClass());
            }
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        if (beanFactory instanceof DefaultListableBeanFactory listable) {
            listable.setAutowireCandidateResolver(new ActorInjectionResolver(
                    listable.getAutowireCandidateResolver(), listable, Map.copyOf(actorClassesByBeanName),
                    Map.copyOf(entityKeyTypesByBeanName)));
        }
    }

    private static void registerInjectables(BeanDefinitionRegistry registry, String beanName,
            BeanDefinition actorDefinition, Class<?> actorClass) {
        String scope = actorDefinition.getScope();
        register(registry, beanName, "actorRef", actorDefinition, scope,
                ResolvableType.forClassWithGenerics(ActorRef.class, actorClass), "ref");
        register(registry, beanName, "actorProxy", actorDefinition, scope,
                ResolvableType.forClassWithGenerics(ActorProxy.class, actorClass), "proxy");
        for (Class<?> api : ActorApplicationInterfaces.of(actorClass)) {
            register(registry, beanName, api.getName(), actorDefinition, scope, ResolvableType.forClass(api),
                    "interfaceProxy", api);
        }
    }

    /**
     * Registers one injectable as a call of an {@link ActorInjectables} factory method with
     * constant arguments: a form Spring AOT turns into code (an instance supplier is not).
     */
    private static void register(BeanDefinitionRegistry registry, String actorBeanName, String kind,
            BeanDefinition actorDefinition, String scope, ResolvableType type, String factoryMethod,
            Object... moreArguments) {
        String name = actorBeanName + NAME_SEPARATOR + kind;
        if (registry.containsBeanDefinition(name) && isInjectable(registry.getBeanDefinition(name))) {
            return; // restored from AOT-generated code: already registered as below
        }
        RootBeanDefinition definition = new RootBeanDefinition();
        definition.setTargetType(type);
        definition.setFactoryBeanName(ActorInjectables.BEAN_NAME);
        definition.setFactoryMethodName(factoryMethod);
        ConstructorArgumentValues arguments = definition.getConstructorArgumentValues();
        arguments.addIndexedArgumentValue(0, actorBeanName);
        for (int index = 0; index < moreArguments.length; index++) {
            arguments.addIndexedArgumentValue(index + 1, moreArguments[index]);
        }
        definition.setScope(scope);
        // Only an explicit choice (@Lazy) is copied: left unset, spring.main.lazy-initialization
        // decides for the injectables as for the actor bean itself.
        if (actorDefinition instanceof AbstractBeanDefinition actorBean && actorBean.getLazyInit() != null) {
            definition.setLazyInit(actorBean.getLazyInit());
        }
        definition.setPrimary(actorDefinition.isPrimary());
        definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, actorBeanName));
        // Refs and proxies come from the actor runtime: no BeanPostProcessor should wrap them.
        definition.setSynthetic(true);
        registry.registerBeanDefinition(name, definition);
    }

    private static boolean isInjectable(BeanDefinition definition) {
        return ActorInjectables.BEAN_NAME.equals(definition.getFactoryBeanName());
    }

    private static String capitalized(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** The bean's class when it carries {@code @Actor} (directly or as a meta-annotation), else null. */
    private Class<?> annotatedClass(String beanName, BeanDefinition definition) {
        if (definition instanceof AnnotatedBeanDefinition annotated && annotated.getFactoryMethodMetadata() == null) {
            if (!annotated.getMetadata().isAnnotated(Actor.class.getName())) {
                return null;
            }
            return loadClass(beanName, annotated.getMetadata().getClassName());
        }
        if (definition instanceof AbstractBeanDefinition abstractDefinition && abstractDefinition.hasBeanClass()
                && definition.getFactoryMethodName() == null) {
            Class<?> beanClass = abstractDefinition.getBeanClass();
            return AnnotatedElementUtils.hasAnnotation(beanClass, Actor.class) ? beanClass : null;
        }
        return null;
    }

    private Class<?> loadClass(String beanName, String className) {
        try {
            return ClassUtils.forName(className, classLoader);
        }
        catch (ClassNotFoundException | LinkageError ex) {
            throw new BeanDefinitionValidationException(
                    "Cannot load @Actor class " + className + " of bean '" + beanName + "'", ex);
        }
    }
}
