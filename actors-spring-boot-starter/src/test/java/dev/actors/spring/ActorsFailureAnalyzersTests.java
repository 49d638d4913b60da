package dev.actors.spring;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.actors.ActorRef;
import dev.actors.Entities;
import dev.actors.ThreadingActor;
import dev.actors.spring.autoconfigure.ActorsAnnotatedMethodsAutoConfiguration;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.aop.framework.autoproxy.BeanNameAutoProxyCreator;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The starter's startup errors as a user sees them: a real {@code SpringApplication} fails,
 * and Spring Boot's "APPLICATION FAILED TO START" report comes from the starter's failure
 * analyzers (registered in {@code META-INF/spring.factories}), with a description and an
 * action, not from the generic ones (Boot's own analyzer of a missing bean would advise
 * defining a bean of the actor's class). Entity beans' mistakes included.
 */
@ExtendWith(OutputCaptureExtension.class)
class ActorsFailureAnalyzersTests {

    @Test
    void aSingletonWhoseOnStartThrows(CapturedOutput output) {
        fail(FailingOnStartApplication.class);
        assertThat(output).contains("APPLICATION FAILED TO START",
                "@Actor bean 'brokenActor' (BrokenActor (urn:uuid:",
                "failed in onStart(): java.lang.IllegalStateException: no database",
                "Fix the failure of onStart() in @Actor bean 'brokenActor'");
    }

    @Test
    void aSingletonStillInOnStartWhenTheStartupTimeoutRunsOut(CapturedOutput output) {
        SlowActor.release = new CountDownLatch(1);
        try {
            fail(SlowApplication.class, "actors.startup-timeout=200ms", "actors.shutdown-timeout=100ms");
        }
        finally {
            SlowActor.release.countDown();
        }
        assertThat(output).contains("APPLICATION FAILED TO START",
                "1 @Actor beans were still in onStart() when actors.startup-timeout (PT0.2S) ran out: 'slowActor'",
                "Make onStart() return sooner", "or raise actors.startup-timeout");
    }

    @Test
    void injectingTheActorInstance(CapturedOutput output) {
        fail(RawInjectionApplication.class);
        assertThat(output).contains("APPLICATION FAILED TO START",
                "Parameter 0 of constructor in " + RawConsumer.class.getName(),
                "asked for what an @Actor bean cannot provide: the instance of @Actor " + Echo.class.getName()
                        + " is never injected",
                "Action:", "Inject ActorRef<Echo>, ActorProxy<Echo> or one of its interfaces (EchoApi) instead.")
                .doesNotContain("Consider defining a bean");
    }

    @Test
    void anActorWrappedInAnAopProxy(CapturedOutput output) {
        fail(ProxiedActorApplication.class);
        assertThat(output).contains("APPLICATION FAILED TO START",
                "@Actor bean 'echo' (" + Echo.class.getName() + ") was wrapped in an AOP proxy",
                "Remove the advice from the actor class, or move the advised code to a bean the actor calls.");
    }

    @Test
    void actorOnAClassThatIsNotAnActor(CapturedOutput output) {
        fail(NotAnActorApplication.class);
        assertThat(output).contains("APPLICATION FAILED TO START",
                "@Actor class " + NotAnActor.class.getName() + " (bean 'notAnActor') does not extend an actor",
                "Make it extend dev.actors.ThreadingActor or dev.actors.VirtualThreadActor, or annotate it "
                        + "@Component instead of @Actor.");
    }

    @Test
    void asyncOnAnActorMethod(CapturedOutput output) {
        fail(AsyncActorApplication.class);
        assertThat(output).contains("APPLICATION FAILED TO START",
                "@Actor bean 'asyncActor' (" + AsyncActor.class.getName() + ") has @Async on work()",
                "Remove @Async from " + AsyncActor.class.getName() + ": calls through the actor's interface proxy");
    }

    @Test
    void entitiesOfASingletonActor(CapturedOutput output) {
        fail(SingletonEntitiesApplication.class);
        assertThat(output).contains("APPLICATION FAILED TO START",
                "Parameter 0 of constructor in " + EntitiesConsumer.class.getName(),
                "asked for what an @Actor bean cannot provide: @Actor bean 'echo' (" + Echo.class.getName()
                        + ") is a singleton: one actor for the whole context, not one per key",
                "Action:", "Annotate Echo @Scope(\"prototype\") and the constructor parameter that receives the key "
                        + "@EntityKey.")
                .doesNotContain("Consider defining a bean");
    }

    @Test
    void anEntityClassWithTwoKeys(CapturedOutput output) {
        fail(TwoKeysApplication.class);
        assertThat(output).contains("APPLICATION FAILED TO START",
                "@Actor bean 'twoKeys' (" + TwoKeys.class.getName() + ") has 2 @EntityKey parameters in one constructor",
                "Action:", "Keep @EntityKey on the one parameter that receives the entity's key.");
    }

    private static void fail(Class<?> application, String... properties) {
        assertThatException().isThrownBy(() -> new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).properties("spring.main.banner-mode=off").properties(properties).run());
    }

    public interface EchoApi {
        String echo(String text);
    }

    @Actor("echo")
    static class Echo extends ThreadingActor implements EchoApi {
        @Override
        public String echo(String text) {
            return text;
        }
    }

    @Actor("brokenActor")
    static class BrokenActor extends ThreadingActor {
        @Override
        protected void onStart() {
            throw new IllegalStateException("no database");
        }
    }

    @Actor("slowActor")
    static class SlowActor extends ThreadingActor {
        static volatile CountDownLatch release;

        @Override
        protected void onStart() {
            try {
                release.await(30, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Actor("asyncActor")
    static class AsyncActor extends ThreadingActor {
        @org.springframework.scheduling.annotation.Async
        public void work() {
        }
    }

    @Actor("notAnActor")
    static class NotAnActor {
    }

    record RawConsumer(Echo echo) {
    }

    record EntitiesConsumer(Entities<String, Echo> echoes) {
    }

    @Actor("twoKeys")
    @Scope("prototype")
    static class TwoKeys extends ThreadingActor {
        TwoKeys(@EntityKey String first, @EntityKey String second) {
        }
    }

    record RefConsumer(ActorRef<Echo> echo) {
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(ActorsAutoConfiguration.class)
    @Import(BrokenActor.class)
    static class FailingOnStartApplication {
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(ActorsAutoConfiguration.class)
    @Import(SlowActor.class)
    static class SlowApplication {
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(ActorsAutoConfiguration.class)
    @Import({ Echo.class, RawConsumer.class })
    static class RawInjectionApplication {
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(ActorsAutoConfiguration.class)
    @Import({ Echo.class, RefConsumer.class })
    static class ProxiedActorApplication {

        @Bean
        static BeanNameAutoProxyCreator proxies() {
            BeanNameAutoProxyCreator proxies = new BeanNameAutoProxyCreator();
            proxies.setBeanNames("echo");
            proxies.setProxyTargetClass(true);
            return proxies;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ ActorsAutoConfiguration.class, ActorsAnnotatedMethodsAutoConfiguration.class })
    @Import(AsyncActor.class)
    static class AsyncActorApplication {
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(ActorsAutoConfiguration.class)
    @Import(NotAnActor.class)
    static class NotAnActorApplication {
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(ActorsAutoConfiguration.class)
    @Import({ Echo.class, EntitiesConsumer.class })
    static class SingletonEntitiesApplication {
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(ActorsAutoConfiguration.class)
    @Import(TwoKeys.class)
    static class TwoKeysApplication {
    }
}
