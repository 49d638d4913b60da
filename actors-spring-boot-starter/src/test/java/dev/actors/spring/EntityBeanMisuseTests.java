package dev.actors.spring;

import java.time.Duration;

import dev.actors.ActorFuture;
import dev.actors.ActorRef;
import dev.actors.Entities;
import dev.actors.ThreadingActor;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Scope;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What goes wrong with entity beans fails at startup (or at the misused call) with an
 * exception naming the class and saying what to do.
 */
class EntityBeanMisuseTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class));

    @Test
    void twoEntityKeyParametersInOneConstructor() {
        runner.withBean("twoKeys", TwoKeys.class).run(context -> assertThat(context).getFailure()
                .isInstanceOf(InvalidActorBeanException.class)
                .hasMessage("@Actor bean 'twoKeys' (" + TwoKeys.class.getName() + ") has 2 @EntityKey parameters in "
                        + "one constructor (parameter 0 of type java.lang.String, parameter 1 of type java.lang.String). "
                        + "Keep @EntityKey on the one parameter that receives the entity's key"));
    }

    @Test
    void entityKeyParametersOfDifferentTypesInTwoConstructors() {
        runner.withBean("twoKinds", TwoKinds.class).run(context -> assertThat(context).getFailure()
                .isInstanceOf(InvalidActorBeanException.class)
                .hasMessageStartingWith("@Actor bean 'twoKinds' (" + TwoKinds.class.getName() + ") has @EntityKey "
                        + "parameters of different types in its constructors (")
                .hasMessageContainingAll("java.lang.String", "java.lang.Long")
                .hasMessageEndingWith("). Give every @EntityKey parameter the type of the key"));
    }

    @Test
    void anEntityKeyOnASingletonActor() {
        runner.withBean("singletonEntity", SingletonEntity.class).run(context -> assertThat(context).getFailure()
                .isInstanceOf(InvalidActorBeanException.class)
                .hasMessage("@Actor bean 'singletonEntity' (" + SingletonEntity.class.getName() + ") has an @EntityKey "
                        + "constructor parameter but is a singleton bean: an entity class has one actor per key, each "
                        + "built as a new bean. Annotate SingletonEntity @Scope(\"prototype\") and inject Entities<K, "
                        + "SingletonEntity>, or remove @EntityKey"));
    }

    @Test
    void scheduledAndEventListenerMethodsOnAnEntityClass() {
        runner.withBean("ticking", Ticking.class).run(context -> assertThat(context).getFailure()
                .isInstanceOf(InvalidActorBeanException.class)
                .hasMessage("@Actor bean 'ticking' (" + Ticking.class.getName() + ") is an entity class (an @EntityKey "
                        + "constructor parameter) with @EventListener onEvent(), @Scheduled tick(): they would reach "
                        + "only the entities live at that moment, not every key. Remove them: start a timer with "
                        + "timers() in onStart() for work while an entity is live, or put the @Scheduled or "
                        + "@EventListener method on a singleton bean that tells the keys concerned"));
    }

    @Test
    void entitiesOfASingletonActor() {
        runner.withBean("plainSingleton", PlainSingleton.class).withBean(WantsSingletonEntities.class)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(ActorInjectionException.class)
                        .hasMessageContaining("@Actor bean 'plainSingleton' (" + PlainSingleton.class.getName() + ") is a "
                                + "singleton: one actor for the whole context, not one per key: annotate PlainSingleton "
                                + "@Scope(\"prototype\") and the constructor parameter that receives the key @EntityKey"));
    }

    @Test
    void entitiesOfAPrototypeActorWithoutAnEntityKey() {
        runner.withBean("keyless", Keyless.class).withBean(WantsKeylessEntities.class)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(ActorInjectionException.class)
                        .hasMessageContaining("prototype @Actor bean 'keyless' (" + Keyless.class.getName() + ") has no "
                                + "@EntityKey constructor parameter, so its instances could not know their key: annotate "
                                + "the constructor parameter of Keyless that receives the key with "
                                + "@dev.actors.spring.EntityKey"));
    }

    @Test
    void entitiesWithAnotherKeyTypeThanTheEntityKeyParameter() {
        runner.withBean("keyed", Keyed.class).withBean(WantsLongKeys.class)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(ActorInjectionException.class)
                        .hasMessageContaining("the key type of dev.actors.Entities<java.lang.Long, " + Keyed.class.getName()
                                + "> is not that of the @EntityKey parameter of @Actor bean 'keyed' (java.lang.String): "
                                + "inject Entities<String, Keyed>, or change the type of the @EntityKey parameter"));
    }

    @Test
    void entitiesOfAnActorClassThatIsNoBean() {
        runner.withBean(WantsUnknownEntities.class).run(context -> assertThat(context).getFailure().rootCause()
                .isInstanceOf(ActorInjectionException.class)
                .hasMessageContaining(NotABean.class.getName() + " is not an @Actor bean, and Entities are made for a "
                        + "@Scope(\"prototype\") @Actor class with an @EntityKey constructor parameter: annotate NotABean "
                        + "@Actor and @Scope(\"prototype\") and its key parameter @EntityKey, or define the Entities "
                        + "bean yourself with ActorRegistry.entities(...)"));
    }

    @Test
    void theRefOrAnInterfaceOfAnEntityClass() {
        runner.withBean("keyed", Keyed.class).withBean(WantsEntityRef.class)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(ActorInjectionException.class)
                        .hasMessageContaining("@Actor bean 'keyed' (" + Keyed.class.getName() + ") is an entity class (an "
                                + "@EntityKey constructor parameter): one actor per key, with no ActorRef of its own: "
                                + "inject Entities<String, Keyed> and send to a key (entities.ref(key))"));
        runner.withBean("keyed", Keyed.class).withBean(WantsEntityInterface.class)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(ActorInjectionException.class)
                        .hasMessageContaining("no bean implements " + KeyedApi.class.getName() + "; @Actor bean 'keyed' ("
                                + Keyed.class.getName() + ") does, but it is an entity class: one actor per key: inject "
                                + "Entities<String, Keyed> and send to a key (entities.ref(key).proxy(KeyedApi.class))"));
    }

    @Test
    void anEntityBeanLookedUpOtherwiseThanThroughItsEntities() {
        runner.withBean("keyed", Keyed.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThatThrownBy(() -> context.getBean("keyed")).isInstanceOf(UnsatisfiedDependencyException.class)
                    .rootCause().isInstanceOf(InvalidActorBeanException.class)
                    .hasMessageStartingWith("Bean 'keyed' was created with an @EntityKey parameter (constructor "
                            + "parameter 0) but not by its Entities, so there is no key to give it. Inject Entities<K, X> "
                            + "for its class");
        });
    }

    @Test
    @SuppressWarnings({ "rawtypes", "unchecked" })
    void aKeyOfAnotherTypeSentThroughRawTypesFailsItsAskAndTheNextRightKeyWorks() {
        runner.withBean("keyed", Keyed.class).withBean(WantsKeyedEntities.class).run(context -> {
            Entities raw = context.getBean(WantsKeyedEntities.class).entities;
            ActorFuture<Object> wrong = raw.ask(42, "hello");
            assertThatThrownBy(() -> wrong.get(Duration.ofSeconds(30))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The key 42 (a java.lang.Integer) of the entities of bean 'keyed' (" + Keyed.class.getName()
                            + ") is not a java.lang.String, the type of its @EntityKey parameter: send keys of that type");
            assertThat(raw.ask("k", "hello").get(Duration.ofSeconds(30))).isEqualTo("k: hello");
        });
    }

    @Test
    void negativeIdleTimeoutAndNonPositiveMaxLiveAreRefusedAtBinding() {
        runner.withPropertyValues("actors.entities.idle-timeout=-1s").run(context -> assertThat(context).getFailure()
                .rootCause().hasMessage("actors.entities.idle-timeout must not be negative (0 never passivates), got PT-1S"));
        runner.withPropertyValues("actors.entities.max-live=0").run(context -> assertThat(context).getFailure()
                .rootCause().hasMessage("actors.entities.max-live must be at least 1 (leave it unset for no bound), got 0"));
    }

    public interface KeyedApi {

        String hello();
    }

    @Actor
    @Scope("prototype")
    static class TwoKeys extends ThreadingActor {

        TwoKeys(@EntityKey String first, @EntityKey String second) {
        }
    }

    @Actor
    @Scope("prototype")
    static class TwoKinds extends ThreadingActor {

        TwoKinds(@EntityKey String name) {
        }

        @org.springframework.beans.factory.annotation.Autowired
        TwoKinds(@EntityKey Long number) {
        }
    }

    @Actor
    static class SingletonEntity extends ThreadingActor {

        SingletonEntity(@EntityKey String key) {
        }
    }

    @Actor
    @Scope("prototype")
    static class Ticking extends ThreadingActor {

        Ticking(@EntityKey String key) {
        }

        @Scheduled(fixedRate = 1000)
        void tick() {
        }

        @EventListener
        void onEvent(Object event) {
        }
    }

    @Actor
    static class PlainSingleton extends ThreadingActor {
    }

    @Actor
    @Scope("prototype")
    static class Keyless extends ThreadingActor {
    }

    static class NotABean extends ThreadingActor {
    }

    @Actor
    @Scope("prototype")
    static class Keyed extends ThreadingActor implements KeyedApi {

        private final String key;

        Keyed(@EntityKey String key) {
            this.key = key;
        }

        @Override
        protected Object onReceive(Object message) {
            return key + ": " + message;
        }

        @Override
        public String hello() {
            return "hello " + key;
        }
    }

    static class WantsSingletonEntities {

        WantsSingletonEntities(Entities<String, PlainSingleton> entities) {
        }
    }

    static class WantsKeylessEntities {

        WantsKeylessEntities(Entities<String, Keyless> entities) {
        }
    }

    static class WantsLongKeys {

        WantsLongKeys(Entities<Long, Keyed> entities) {
        }
    }

    static class WantsUnknownEntities {

        WantsUnknownEntities(Entities<String, NotABean> entities) {
        }
    }

    static class WantsEntityRef {

        WantsEntityRef(ActorRef<Keyed> ref) {
        }
    }

    static class WantsEntityInterface {

        WantsEntityInterface(KeyedApi api) {
        }
    }

    static class WantsKeyedEntities {

        final Entities<String, Keyed> entities;

        WantsKeyedEntities(Entities<String, Keyed> entities) {
            this.entities = entities;
        }
    }
}
