package dev.actors.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import dev.actors.ActorFuture;
import dev.actors.ActorProxy;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.ActorState;
import dev.actors.RestartPolicy;
import dev.actors.VirtualThreadActor;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import jakarta.annotation.PostConstruct;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Scope;
import org.springframework.core.ResolvableType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An {@code @Actor} bean's restart policy is honoured: each restart is a new instance from
 * the bean definition (constructor injection again), behind the same injected ref, proxy and
 * interface proxy, with nothing queued lost; the new instance is not started as an actor of
 * its own.
 */
class ActorBeanRestartTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class))
            .withBean(Constructions.class).withPropertyValues("clerk.greeting=hello");

    @Test
    void aPoisonMessageRestartsASingletonThatKeepsServingThroughTheSameInjectedRefProxyAndInterface() {
        runner.withBean("clerk", Clerk.class).withBean(Front.class).run(context -> {
            assertThat(context).hasNotFailed();
            Front front = context.getBean(Front.class);
            Constructions constructions = context.getBean(Constructions.class);
            assertThat(front.api.incarnation()).isEqualTo(1);
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            front.ref.tell(new Hold(holding, release));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

            // Queued behind the held message: the poison, then messages the new instance must get, in order.
            front.ref.tell("poison");
            front.ref.tell("first");
            front.ref.tell("second");
            ActorFuture<Integer> queuedAsk = front.ref.ask("incarnation");
            release.countDown();

            assertThat(queuedAsk.get(WAIT)).isEqualTo(2);
            assertThat(front.proxy.call(clerk -> clerk.received).get(WAIT)).containsExactly("first", "second");
            assertThat(front.api.incarnation()).isEqualTo(2);
            assertThat(front.api.greeting()).as("constructor injection ran again").isEqualTo("hello #2");
            assertThat(front.proxy.call(clerk -> clerk.postConstructed).get(WAIT)).isTrue();
            assertThat(constructions.count.get()).isEqualTo(2);
            assertThat(front.ref.restartCount()).isEqualTo(1);
            assertThat(front.ref.isAlive()).isTrue();
            assertThat(context.getBean(ActorRegistry.class).getAll()).as("the new instance joined the actor")
                    .containsExactly(front.ref);
            assertThat(context.getBean(ActorBeans.class).failedSingletons()).isEmpty();
            assertThat(context.getBean(ActorBeans.class).beanName(front.ref)).hasValue("clerk");
        });
    }

    @Test
    void asksSentDuringTheBackoffWaitAndAreAnsweredByTheNewInstance() {
        runner.withBean("slowClerk", SlowClerk.class).withBean(SlowFront.class).run(context -> {
            SlowFront front = context.getBean(SlowFront.class);
            front.ref.tell("poison");
            await().atMost(WAIT).until(() -> front.ref.state() == ActorState.RESTARTING);

            ActorFuture<Integer> ask = front.ref.ask("incarnation");
            ActorFuture<Integer> call = front.proxy.call(SlowClerk::incarnation);
            CompletableFuture<Integer> viaInterface = CompletableFuture.supplyAsync(front.api::incarnation);
            await().atMost(WAIT).until(() -> front.ref.mailboxSize() == 3);
            assertThat(front.ref.isAlive()).isTrue();
            assertThat(ask.isDone()).isFalse();

            // A stop ends the ten-minute backoff: the new instance handles what came before it, then stops.
            assertThat(front.ref.stop(WAIT)).isTrue();
            assertThat(ask.get(WAIT)).isEqualTo(2);
            assertThat(call.get(WAIT)).isEqualTo(2);
            assertThat(viaInterface.get(30, TimeUnit.SECONDS)).isEqualTo(2);
            assertThat(context.getBean(ActorBeans.class).failedSingletons()).as("stopped normally").isEmpty();
        });
    }

    @Test
    void closingTheContextDuringABackoffEndsItAndTheNewInstanceHandlesWhatWasToldBeforeItStops() {
        AtomicReference<Constructions> constructions = new AtomicReference<>();
        runner.withBean("slowClerk", SlowClerk.class).run(context -> {
            constructions.set(context.getBean(Constructions.class));
            ActorRef<?> clerk = context.getBean(ActorRegistry.class).getAll().getFirst();
            clerk.tell("poison");
            await().atMost(WAIT).until(() -> clerk.state() == ActorState.RESTARTING);
            clerk.tell("told during the backoff");
        });
        assertThat(constructions.get().handled).containsExactly("told during the backoff by #2");
    }

    @Test
    void aPrototypeActorIsRestartedFromItsDefinitionBehindTheSameRef() {
        ResolvableType refType = ResolvableType.forClassWithGenerics(ActorRef.class, PrototypeClerk.class);
        runner.withBean("prototypeClerk", PrototypeClerk.class).run(context -> {
            ObjectProvider<ActorRef<PrototypeClerk>> clerks = context.getBeanProvider(refType);
            ActorRef<PrototypeClerk> first = clerks.getObject();
            ActorRef<PrototypeClerk> second = clerks.getObject();
            Constructions constructions = context.getBean(Constructions.class);
            assertThat(constructions.count.get()).isEqualTo(2);

            first.tell("poison");
            assertThat(first.<Integer>ask("incarnation").get(WAIT)).isEqualTo(3);
            assertThat(second.<Integer>ask("incarnation").get(WAIT)).isEqualTo(2);
            assertThat(first.restartCount()).isEqualTo(1);
            assertThat(context.getBean(ActorRegistry.class).getAll()).containsExactly(first, second);
        });
    }

    @Test
    void aRestartUsesTheDefinitionsInstanceSupplierAndExplicitConstructorArguments() {
        Constructions supplied = new Constructions();
        runner.withBean("supplied", Supplied.class, () -> new Supplied("from the supplier", supplied))
                .withBean("configured", Configured.class, "from the definition").run(context -> {
                    ActorRegistry registry = context.getBean(ActorRegistry.class);
                    for (ActorRef<?> ref : registry.getAll()) {
                        ref.tell("poison");
                        await().atMost(WAIT).until(() -> ref.restartCount() == 1);
                    }
                    ActorRef<Supplied> suppliedRef = registry.getByClass(Supplied.class).getFirst();
                    ActorRef<Configured> configured = registry.getByClass(Configured.class).getFirst();
                    assertThat(suppliedRef.proxy().call(actor -> actor.origin + " #" + actor.instance).get(WAIT))
                            .isEqualTo("from the supplier #2");
                    assertThat(configured.proxy().call(actor -> actor.origin + " #" + actor.instance).get(WAIT))
                            .isEqualTo("from the definition #2");
                });
    }

    @Test
    void aRestartWhoseBeanCannotBeCreatedCountsAsAFailedRestartAndEndsTheActorForGood() {
        runner.withBean("fragileClerk", FragileClerk.class).run(context -> {
            ActorRef<?> clerk = context.getBean(ActorRegistry.class).getAll().getFirst();
            clerk.tell("poison");
            await().atMost(WAIT).until(() -> !clerk.isAlive());
            assertThat(clerk.restartCount()).isZero();
            assertThat(clerk.failure()).get(InstanceOfAssertFactories.THROWABLE)
                    .hasMessageContaining("Cannot create a new instance for the restart of @Actor bean 'fragileClerk' "
                            + "FragileClerk (" + clerk.actorUrn() + ")")
                    .hasRootCauseMessage("no second instance");
            assertThat(context.getBean(ActorBeans.class).failedSingletons()).singleElement()
                    .satisfies(failed -> assertThat(failed.beanName()).isEqualTo("fragileClerk"));
        });
    }

    @Test
    void aNewActorAmongTheConstructorArgumentsOfARestartingActorIsAnActorOfItsOwnAndTheRestartWorks() {
        runner.withBean("helper", Helper.class).withBean("boss", Boss.class).run(context -> {
            ActorRegistry registry = context.getBean(ActorRegistry.class);
            ActorRef<Boss> boss = registry.getByClass(Boss.class).getFirst();
            assertThat(registry.getAll()).hasSize(2);

            boss.tell("poison");
            await().atMost(WAIT).until(() -> boss.restartCount() == 1);

            assertThat(boss.isAlive()).isTrue();
            assertThat(registry.getByClass(Boss.class)).containsExactly(boss);
            assertThat(registry.getByClass(Helper.class)).as("the restart's constructor got a new helper actor")
                    .hasSize(2).allSatisfy(helper -> assertThat(helper.isAlive()).isTrue());
        });
    }

    @Test
    void anActorConstructedByAPlainDependencyOfARestartingActorDoesNotTakeItsPlace() {
        runner.withBean(Gadget.class)
                .withBean("tinkerer", Tinkerer.class).run(context -> {
                    ActorRegistry registry = context.getBean(ActorRegistry.class);
                    ActorRef<?> tinkerer = registry.getAll().getFirst();

                    tinkerer.tell("poison");
                    await().atMost(WAIT).until(() -> tinkerer.restartCount() == 1);

                    assertThat(tinkerer.isAlive()).isTrue();
                    assertThat(registry.getAll()).as("the gadget's helper is never started").containsExactly(tinkerer);
                });
    }

    @Test
    void aRestartingActorGivenAnObjectProviderGetsItsNewActorInItsConstructorsBody() {
        runner.withBean("helper", Helper.class).withBean("patientBoss", PatientBoss.class).run(context -> {
            ActorRegistry registry = context.getBean(ActorRegistry.class);
            ActorRef<PatientBoss> boss = registry.getByClass(PatientBoss.class).getFirst();
            ActorRef<Helper> firstHelper = boss.proxy().call(actor -> actor.helper).get(WAIT);

            boss.tell("poison");
            await().atMost(WAIT).until(() -> boss.restartCount() == 1);

            ActorRef<Helper> secondHelper = boss.proxy().call(actor -> actor.helper).get(WAIT);
            assertThat(secondHelper).isNotEqualTo(firstHelper).isNotEqualTo(boss);
            assertThat(secondHelper.actorClass()).isEqualTo(Helper.class);
            assertThat(registry.getByClass(Helper.class)).containsExactly(firstHelper, secondHelper);
        });
    }

    /** Counts the constructions of every actor class of these tests. */
    static class Constructions {
        final AtomicInteger count = new AtomicInteger();
        final Queue<String> handled = new ConcurrentLinkedQueue<>();
    }

    /** Blocks the actor until the test lets it go. */
    record Hold(CountDownLatch holding, CountDownLatch release) {
    }

    public interface ClerkApi {

        int incarnation();

        String greeting();
    }

    /** A restart policy with a backoff of a millisecond; its replies say which instance answers. */
    @Actor
    static class Clerk extends VirtualThreadActor implements ClerkApi {
        final int instance;
        final String greeting;
        final List<String> received = new ArrayList<>();
        boolean postConstructed;

        Clerk(Constructions constructions, @Value("${clerk.greeting}") String greeting) {
            this.instance = constructions.count.incrementAndGet();
            this.greeting = greeting;
        }

        @PostConstruct
        void initialised() {
            postConstructed = true;
        }

        @Override
        protected RestartPolicy restartPolicy() {
            return RestartPolicy.onFailure().withBackoff(Duration.ofMillis(1), Duration.ofMillis(1));
        }

        @Override
        public int incarnation() {
            return instance;
        }

        @Override
        public String greeting() {
            return greeting + " #" + instance;
        }

        @Override
        protected Object onReceive(Object message) throws Exception {
            if (message instanceof Hold hold) {
                hold.holding().countDown();
                return hold.release().await(30, TimeUnit.SECONDS);
            }
            if ("poison".equals(message)) {
                throw new IllegalStateException("poisoned on purpose");
            }
            if ("incarnation".equals(message)) {
                return instance;
            }
            return message instanceof String text ? received.add(text) : super.onReceive(message);
        }
    }

    /** Injects all three kinds, once, as a controller would. */
    static class Front {
        final ActorRef<Clerk> ref;
        final ActorProxy<Clerk> proxy;
        final ClerkApi api;

        Front(ActorRef<Clerk> ref, ActorProxy<Clerk> proxy, ClerkApi api) {
            this.ref = ref;
            this.proxy = proxy;
            this.api = api;
        }
    }

    public interface SlowClerkApi {

        int incarnation();
    }

    /** A backoff of ten minutes: only a stop ends it within a test. */
    @Actor
    static class SlowClerk extends VirtualThreadActor implements SlowClerkApi {
        final Constructions constructions;
        final int instance;

        SlowClerk(Constructions constructions) {
            this.constructions = constructions;
            this.instance = constructions.count.incrementAndGet();
        }

        @Override
        protected RestartPolicy restartPolicy() {
            return RestartPolicy.onFailure().withBackoff(Duration.ofMinutes(10), Duration.ofMinutes(10));
        }

        @Override
        public int incarnation() {
            return instance;
        }

        @Override
        protected Object onReceive(Object message) throws Exception {
            if ("poison".equals(message)) {
                throw new IllegalStateException("poisoned on purpose");
            }
            if ("incarnation".equals(message)) {
                return instance;
            }
            return message instanceof String text && constructions.handled.add(text + " by #" + instance);
        }
    }

    static class SlowFront {
        final ActorRef<SlowClerk> ref;
        final ActorProxy<SlowClerk> proxy;
        final SlowClerkApi api;

        SlowFront(ActorRef<SlowClerk> ref, ActorProxy<SlowClerk> proxy, SlowClerkApi api) {
            this.ref = ref;
            this.proxy = proxy;
            this.api = api;
        }
    }

    @Actor
    @Scope("prototype")
    static class PrototypeClerk extends Clerk {
        PrototypeClerk(Constructions constructions) {
            super(constructions, "prototype");
        }
    }

    /** Its definition has an instance supplier (functional registration, Spring AOT). */
    @Actor
    static class Supplied extends Clerk {
        final String origin;

        Supplied(String origin, Constructions constructions) {
            super(constructions, "supplied");
            this.origin = origin;
        }
    }

    /** Its definition has an explicit constructor argument. */
    @Actor
    static class Configured extends Clerk {
        final String origin;

        Configured(String origin, Constructions constructions) {
            super(constructions, "configured");
            this.origin = origin;
        }
    }

    @Actor
    @Scope("prototype")
    static class Helper extends VirtualThreadActor {
    }

    /** Asks for a new actor (a prototype's ref) through a constructor parameter. */
    @Actor
    static class Boss extends SlowClerk {
        Boss(Constructions constructions, ActorRef<Helper> helper) {
            super(constructions);
        }

        @Override
        protected RestartPolicy restartPolicy() {
            return RestartPolicy.onFailure().withBackoff(Duration.ofMillis(1), Duration.ofMillis(1));
        }
    }

    /** A plain bean that makes an actor of its own (never started) in its constructor. */
    @Scope("prototype")
    static class Gadget {
        final Helper helper = new Helper();
    }

    /** Given a new {@link Gadget} at each construction. */
    @Actor
    static class Tinkerer extends Boss {
        Tinkerer(Constructions constructions, Gadget gadget) {
            super(constructions, null);
        }
    }

    /** Gets its new actor from a provider, once it is constructed. */
    @Actor
    static class PatientBoss extends Boss {
        final ActorRef<Helper> helper;

        PatientBoss(Constructions constructions, ObjectProvider<ActorRef<Helper>> helpers) {
            super(constructions, null);
            this.helper = helpers.getObject();
        }
    }

    /** Its second instance cannot be created. */
    @Actor
    static class FragileClerk extends Clerk {
        FragileClerk(Constructions constructions) {
            super(constructions, "fragile");
            if (instance > 1) {
                throw new IllegalStateException("no second instance");
            }
        }

        @Override
        protected RestartPolicy restartPolicy() {
            return RestartPolicy.onFailure().withMaxRestarts(1, Duration.ofMinutes(1))
                    .withBackoff(Duration.ofMillis(1), Duration.ofMillis(1));
        }
    }
}
