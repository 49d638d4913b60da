package dev.actors.spring.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.type.MethodMetadata;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.annotation.SchedulingConfiguration;
import org.springframework.scheduling.config.TaskManagementConfigUtils;

/**
 * Puts {@link ActorScheduledAnnotationBeanPostProcessor} in place of the
 * {@link ScheduledAnnotationBeanPostProcessor} that {@code @EnableScheduling} (or
 * {@code <task:annotation-driven>}) declares, under the same bean name, so that
 * {@code @Scheduled} methods of {@code @Actor} beans run inside their actors. Without
 * {@code @EnableScheduling} it does nothing. A processor of another class (an application's
 * own subclass) is left alone, with a warning: such a processor can extend
 * {@link ActorScheduledAnnotationBeanPostProcessor} instead.
 */
public final class ActorSchedulingRegistrar implements BeanDefinitionRegistryPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(ActorSchedulingRegistrar.class);

    private static final String PROCESSOR_BEAN_NAME = TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME;

    /** Creates the registrar; register it as a {@code static @Bean} so it runs before beans are created. */
    public ActorSchedulingRegistrar() {
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
        if (!registry.containsBeanDefinition(PROCESSOR_BEAN_NAME)) {
            return;
        }
        BeanDefinition declared = registry.getBeanDefinition(PROCESSOR_BEAN_NAME);
        if (ActorScheduledAnnotationBeanPostProcessor.class.getName().equals(declared.getBeanClassName())) {
            return;
        }
        if (!isSpringsOwn(declared)) {
            log.warn("The bean '{}' is not Spring's own ScheduledAnnotationBeanPostProcessor: @Scheduled methods of "
                    + "@Actor beans will run outside their actors, beside their handlers. Make it extend {} to run them "
                    + "inside", PROCESSOR_BEAN_NAME, ActorScheduledAnnotationBeanPostProcessor.class.getName());
            return;
        }
        RootBeanDefinition replacement = new RootBeanDefinition(ActorScheduledAnnotationBeanPostProcessor.class);
        replacement.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
        replacement.setSource(declared.getSource());
        registry.removeBeanDefinition(PROCESSOR_BEAN_NAME);
        registry.registerBeanDefinition(PROCESSOR_BEAN_NAME, replacement);
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
    }

    /** Declared by {@code @EnableScheduling}'s configuration class, or as a plain bean of Spring's class. */
    private static boolean isSpringsOwn(BeanDefinition declared) {
        if (ScheduledAnnotationBeanPostProcessor.class.getName().equals(declared.getBeanClassName())) {
            return true;
        }
        MethodMetadata factoryMethod = declared instanceof AnnotatedBeanDefinition annotated
                ? annotated.getFactoryMethodMetadata() : null;
        return factoryMethod != null
                && SchedulingConfiguration.class.getName().equals(factoryMethod.getDeclaringClassName())
                && ScheduledAnnotationBeanPostProcessor.class.getName().equals(factoryMethod.getReturnTypeName());
    }
}
