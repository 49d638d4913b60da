package dev.actors.spring;

import java.util.List;

import dev.actors.ActorProxy;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.ThreadingActor;
import dev.actors.VirtualThreadActor;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.autoproxy.BeanNameAutoProxyCreator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Scope;
import org.springframework.core.ResolvableType;

import static org.assertj.core.api.Assertions.assertThat;

class ActorInjectionTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class));

    @Test
    void injectsRefProxyAndInterfaceProxyOfOneStartedActor() {
        runner.withBean("adder", Adder.class).withBean("bookkeeper", Bookkeeper.class)
                .withBean(Consumer.class).run(context -> {
                    Consumer consumer = context.getBean(Consumer.class);
                    assertThat(consumer.ref.isAlive()).isTrue();
                    assertThat(consumer.proxy.actorRef()).isEqualTo(consumer.ref);
                    assertThat(consumer.api.addOne(41)).isEqualTo(42);
                    assertThat(consumer.proxy.call(adder -> adder.addOne(1)).get()).isEqualTo(2);
                    assertThat(consumer.bookkeeper.call(bookkeeper -> bookkeeper.countTo(100)).get()).isEqualTo(100);
                    assertThat(context.getBean(ActorRegistry.class).getAll())
                            .containsExactlyInAnyOrder(consumer.ref, consumer.bookkeeper.actorRef());
                    assertThat(ActorRegistry.getDefault().getByUrn(consumer.ref.actorUrn())).isEmpty();
                });
    }

    @Test
    void qualifierByBeanNameSelectsAmongActorsOfOneClass() {
        runner.withBean("left", Adder.class).withBean("right", Adder.class).withBean(QualifiedConsumer.class)
                .run(context -> {
                    QualifiedConsumer consumer = context.getBean(QualifiedConsumer.class);
                    ActorBeans beans = context.getBean(ActorBeans.class);
                    assertThat(beans.beanName(consumer.left)).contains("left");
                    assertThat(beans.beanName(consumer.right.actorRef())).contains("right");
                    assertThat(consumer.right.actorRef()).isNotEqualTo(consumer.left);
                    assertThat(consumer.leftApi).isEqualTo(consumer.left.proxy(AdderApi.class));
                });
    }

    @Test
    void prototypeActorsStartOnePerLookupAndAllStopAtShutdown() {
        ResolvableType refType = ResolvableType.forClassWithGenerics(ActorRef.class, Counter.class);
        runner.withBean("counter", Counter.class).run(context -> {
            ObjectProvider<ActorRef<Counter>> refs = context.getBeanProvider(refType);
            ActorRef<Counter> first = refs.getObject();
            ActorRef<Counter> second = refs.getObject();
            CounterApi third = context.getBean(CounterApi.class);
            assertThat(first).isNotEqualTo(second);
            assertThat(List.of(first, second)).allMatch(ActorRef::isAlive);
            assertThat(third.increment()).isEqualTo(1);
            assertThat(context.getBean(ActorRegistry.class).getAll()).hasSize(3).contains(first, second);
            ActorRegistry registry = context.getBean(ActorRegistry.class);
            context.close();
            assertThat(List.of(first, second)).noneMatch(ActorRef::isAlive);
            assertThat(registry.getAll()).isEmpty();
        });
    }

    @Test
    void injectingTheActorInstanceFailsSayingWhatToInjectInstead() {
        runner.withBean("adder", Adder.class).withBean(RawConsumer.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(Adder.class.getName())
                    .hasMessageContaining("is never injected")
                    .hasMessageContaining("Inject ActorRef<Adder>, ActorProxy<Adder> or one of its interfaces (AdderApi)");
        });
    }

    @Test
    void anActorWrappedInAnAopProxyFailsSayingTheAdviceWouldNeverApply() {
        runner.withBean("adder", Adder.class).withBean(BeanNameAutoProxyCreator.class, () -> {
            BeanNameAutoProxyCreator proxies = new BeanNameAutoProxyCreator();
            proxies.setBeanNames("adder");
            proxies.setProxyTargetClass(true);
            return proxies;
        }).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("@Actor bean 'adder' (" + Adder.class.getName() + ") was wrapped in an AOP proxy")
                    .hasMessageContaining("the advice would never apply");
        });
    }

    @Test
    void actorAnnotationOnANonActorClassFailsNamingTheClass() {
        runner.withBean("notAnActor", NotAnActor.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .hasMessageContaining("@Actor class " + NotAnActor.class.getName())
                    .hasMessageContaining("make it extend dev.actors.ThreadingActor or dev.actors.VirtualThreadActor");
        });
    }

    @Test
    void qualifiedInterfaceTheActorLacksFailsNamingBoth() {
        runner.withBean("adder", Adder.class).withBean(LackingConsumer.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("actor bean 'adder' (" + Adder.class.getName() + ") does not implement "
                            + CounterApi.class.getName())
                    .hasMessageContaining("make Adder implement it, or inject ActorRef<Adder>");
        });
    }

    @Test
    void interfaceWhoseMethodsAnActorHasButDoesNotImplementFailsSayingSo() {
        runner.withBean("undeclared", UndeclaredCounter.class).withBean(UndeclaredConsumer.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("add 'implements CounterApi' to UndeclaredCounter");
        });
    }

    @Test
    void optionalRawActorDependencyStaysEmpty() {
        runner.withBean("adder", Adder.class).withBean(OptionalRawConsumer.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(OptionalRawConsumer.class).adder.getIfAvailable()).isNull();
        });
    }

    interface AdderApi {
        int addOne(int i);
    }

    interface CounterApi {
        int increment();
    }

    @Actor
    static class Adder extends ThreadingActor implements AdderApi {
        @Override
        public int addOne(int i) {
            return i + 1;
        }
    }

    @Actor
    static class Bookkeeper extends VirtualThreadActor {
        private final AdderApi adder;

        Bookkeeper(AdderApi adder) {
            this.adder = adder;
        }

        public int countTo(int n) {
            int i = 0;
            while (i < n) {
                i = adder.addOne(i);
            }
            return i;
        }
    }

    @Actor
    @Scope("prototype")
    static class Counter extends VirtualThreadActor implements CounterApi {
        private int count;

        @Override
        public int increment() {
            return ++count;
        }
    }

    @Actor
    static class UndeclaredCounter extends VirtualThreadActor {
        public int increment() {
            return 1;
        }
    }

    @Actor
    static class NotAnActor {
    }

    record Consumer(ActorRef<Adder> ref, ActorProxy<Adder> proxy, AdderApi api, ActorProxy<Bookkeeper> bookkeeper) {
    }

    record QualifiedConsumer(@Qualifier("left") ActorRef<Adder> left, @Qualifier("right") ActorProxy<Adder> right,
            @Qualifier("left") AdderApi leftApi) {
    }

    record RawConsumer(Adder adder) {
    }

    record OptionalRawConsumer(ObjectProvider<Adder> adder) {
    }

    record LackingConsumer(@Qualifier("adder") CounterApi counter) {
    }

    record UndeclaredConsumer(CounterApi counter) {
    }
}
