package dev.actors.cluster.hazelcast.spring;

import dev.actors.spring.Actor;
import dev.actors.spring.ActorBeanDefinitionRegistrar;
import dev.actors.spring.ActorInjectables;
import dev.actors.spring.InvalidActorBeanException;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * Fails the startup when {@link ClusteredEntity @ClusteredEntity} marks a bean that is not an
 * entity bean, naming the bean and what to change (the starter's {@link InvalidActorBeanException},
 * which its {@code InvalidActorBeanFailureAnalyzer} reports). An
 * entity bean is what the starter's {@link ActorBeanDefinitionRegistrar} made an
 * {@code <name>#entities} bean for, so this runs after it (a bean factory post-processor runs
 * after every registry post-processor), and only where it ran (actors enabled). Whether the
 * context has an entity cluster does not matter: the mistake is in the code.
 */
public final class ClusteredEntityCheck implements BeanFactoryPostProcessor, BeanClassLoaderAware {

    private ClassLoader classLoader = ClassUtils.getDefaultClassLoader();

    /** Creates the check; register it as a {@code static @Bean}. */
    public ClusteredEntityCheck() {
    }

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        if (!beanFactory.containsBeanDefinition(ActorInjectables.BEAN_NAME)) {
            return; // the starter's registrar did not run: there are no entity beans to compare with
        }
        for (String beanName : beanFactory.getBeanDefinitionNames()) {
            BeanDefinition definition = beanFactory.getBeanDefinition(beanName);
            Class<?> beanClass = beanClass(definition);
            if (beanClass == null || !ClusteredEntitiesFactory.isClustered(beanClass)
                    || beanFactory.containsBeanDefinition(beanName + ActorBeanDefinitionRegistrar.NAME_SEPARATOR + "entities")) {
                continue;
            }
            throw invalid(beanName, beanClass, definition);
        }
    }

    private static InvalidActorBeanException invalid(String beanName, Class<?> beanClass, BeanDefinition definition) {
        String subject = "@ClusteredEntity class " + beanClass.getName() + " (bean '" + beanName + "')";
        String simpleName = beanClass.getSimpleName();
        String makeItAnEntity = "Make " + simpleName + " an entity bean (@Actor, @Scope(\"prototype\") and an @EntityKey "
                + "constructor parameter) and inject Entities<K, " + simpleName + ">, or remove @ClusteredEntity";
        if (!AnnotatedElementUtils.hasAnnotation(beanClass, Actor.class)) {
            return new InvalidActorBeanException(subject + " is not an @Actor: only the entities of an entity bean "
                    + "can be cluster-wide", makeItAnEntity);
        }
        if (!definition.isPrototype()) {
            return new InvalidActorBeanException(subject + " is a singleton @Actor, not an entity bean: one actor "
                    + "per context has no key to place on a member of the cluster", makeItAnEntity);
        }
        return new InvalidActorBeanException(subject + " is a prototype @Actor without an @EntityKey constructor "
                + "parameter, so not an entity bean: there is no key to place on a member of the cluster", makeItAnEntity);
    }

    /** The class of a bean defined by its class (scanned, imported, registered), else null. */
    private Class<?> beanClass(BeanDefinition definition) {
        if (definition.getFactoryMethodName() != null) {
            return null;
        }
        if (definition instanceof AbstractBeanDefinition abstractDefinition && abstractDefinition.hasBeanClass()) {
            return abstractDefinition.getBeanClass();
        }
        String className = definition instanceof AnnotatedBeanDefinition annotated ? annotated.getMetadata().getClassName()
                : definition.getBeanClassName();
        if (className == null) {
            return null;
        }
        try {
            return ClassUtils.forName(className, classLoader);
        } catch (ClassNotFoundException | LinkageError unloadable) {
            return null; // not ours to report: the bean's creation will
        }
    }
}
