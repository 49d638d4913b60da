package dev.actors.spring;

import java.util.List;

import dev.actors.ActorRegistry;
import dev.actors.MessageHook;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Registers the context's {@link MessageHook} beans on each {@link ActorRegistry} bean as it
 * is initialised, before any actor of the context can be sent a message: the only one as it
 * is, several as one {@link CompositeMessageHook} in their order ({@code Ordered},
 * {@code @Order}; the starter's own hooks come first). A registry that already has a hook
 * (set by the application) keeps it; with no hook bean (Micrometer's context-propagation and
 * observation libraries absent) nothing is registered, so sending and handling run no hook
 * code at all.
 */
public final class MessageHookRegistrar implements BeanPostProcessor {

    private final ObjectProvider<MessageHook> hooks;

    /**
     * Creates the registrar; the hooks are looked up when a registry bean is initialised.
     *
     * @param hooks the context's hook beans
     */
    public MessageHookRegistrar(ObjectProvider<MessageHook> hooks) {
        this.hooks = hooks;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof ActorRegistry registry && registry.messageHook() == null) {
            List<MessageHook> ordered = hooks.orderedStream().toList();
            if (ordered.size() == 1) {
                registry.setMessageHook(ordered.getFirst());
            }
            else if (!ordered.isEmpty()) {
                registry.setMessageHook(new CompositeMessageHook(ordered));
            }
        }
        return bean;
    }
}
