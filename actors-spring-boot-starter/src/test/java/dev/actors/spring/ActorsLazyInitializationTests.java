package dev.actors.spring;

import java.util.concurrent.atomic.AtomicInteger;

import dev.actors.ActorProxy;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.VirtualThreadActor;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.ResolvableType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code spring.main.lazy-initialization=true}, through a real {@code SpringApplication}: an
 * {@code @Actor} bean is started when something first needs it (its ref, proxy or interface
 * is resolved), not at refresh.
 */
class ActorsLazyInitializationTests {

    @Test
    void lazyInitializationStartsAnActorWhenItsRefIsFirstResolved() {
        Greeter.constructed.set(0);
        try (ConfigurableApplicationContext context = lazyApplication()) {
            ActorRegistry registry = context.getBean(ActorRegistry.class);
            assertThat(Greeter.constructed).hasValue(0);
            assertThat(registry.getAll()).isEmpty();

            ActorRef<?> ref = (ActorRef<?>) context.getBeanProvider(
                    ResolvableType.forClassWithGenerics(ActorRef.class, Greeter.class)).getObject();
            assertThat(ref.isAlive()).isTrue();
            assertThat(registry.getAll()).containsExactly(ref);
            assertThat(context.getBean(GreeterApi.class).greet("lazy")).isEqualTo("hello lazy");
            assertThat(context.getBeanProvider(ResolvableType.forClassWithGenerics(ActorProxy.class, Greeter.class))
                    .getObject()).isEqualTo(ref.proxy());
            assertThat(Greeter.constructed).hasValue(1);
        }
    }

    @Test
    void withoutLazyInitializationTheActorStartsAtRefresh() {
        try (ConfigurableApplicationContext context = application().run()) {
            assertThat(context.getBean(ActorRegistry.class).getAll()).hasSize(1);
        }
    }

    private static ConfigurableApplicationContext lazyApplication() {
        return application().properties("spring.main.lazy-initialization=true").run();
    }

    private static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(LazyApplication.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off");
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(ActorsAutoConfiguration.class)
    @Import(Greeter.class)
    static class LazyApplication {
    }

    public interface GreeterApi {
        String greet(String name);
    }

    @Actor
    static class Greeter extends VirtualThreadActor implements GreeterApi {

        static final AtomicInteger constructed = new AtomicInteger();

        Greeter() {
            constructed.incrementAndGet();
        }

        @Override
        public String greet(String name) {
            return "hello " + name;
        }
    }
}
