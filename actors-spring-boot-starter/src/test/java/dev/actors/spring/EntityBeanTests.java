package dev.actors.spring;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import dev.actors.ActorFuture;
import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.Entities;
import dev.actors.EntitySettings;
import dev.actors.RestartPolicy;
import dev.actors.ThreadingActor;
import dev.actors.VirtualThreadActor;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Entity beans: a {@code @Scope("prototype")} {@code @Actor} with an {@code @EntityKey}
 * constructor parameter, reached through an injected {@code Entities<K, X>} whose every
 * incarnation is a new bean instance.
 */
class EntityBeanTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class))
            .withBean(Journal.class)
            .withBean("counter", Counter.class)
            .withPropertyValues("counter.greeting=hello");

    @Test
    void everyInjectionPointGetsTheOneEntitiesOfTheBeanWhichStartsNothingUntilAMessageComes() {
        runner.withBean(Front.class).withBean(FieldFront.class).run(context -> {
            assertThat(context).hasNotFailed();
            Entities<String, Counter> counters = context.getBean(Front.class).counters;
            assertThat(context.getBean(FieldFront.class).counters).isSameAs(counters);
            assertThat(counters.entityType()).isEqualTo(Counter.class);
            assertThat(counters.liveCount()).isZero();
            assertThat(context.getBean(ActorRegistry.class).getAll()).isEmpty();
            assertThat(context.getBean(Journal.class).constructed).isEmpty();
        });
    }

    @Test
    void theKeyReachesTheConstructorBesideAutowiredParametersAndEachKeyHasOneActor() {
        runner.withBean(Front.class).run(context -> {
            Entities<String, Counter> counters = context.getBean(Front.class).counters;
            CounterApi alice = counters.ref("alice").proxy(CounterApi.class);
            assertThat(alice.describe()).isEqualTo("hello alice (journal: true)");
            assertThat(counters.ref("${counter.greeting} #{1 + 1}").proxy(CounterApi.class).describe())
                    .as("the key is handed over as it is, never resolved or evaluated")
                    .isEqualTo("hello ${counter.greeting} #{1 + 1} (journal: true)");
            assertThat(alice.increment()).isEqualTo(1);
            assertThat(alice.increment()).isEqualTo(2);
            assertThat(counters.<Integer>ask("bob", "count").get(WAIT)).isZero();
            counters.tell("bob", "increment");
            assertThat(counters.<Integer>ask("bob", "count").get(WAIT)).isEqualTo(1);

            assertThat(counters.liveKeys()).containsExactlyInAnyOrder("alice", "${counter.greeting} #{1 + 1}", "bob");
            assertThat(context.getBean(Journal.class).constructed)
                    .containsExactly("alice", "${counter.greeting} #{1 + 1}", "bob");
            List<ActorRef<Counter>> actors = context.getBean(ActorRegistry.class).getByClass(Counter.class);
            assertThat(actors).as("the incarnations were started once each, by the entities").hasSize(3);
            assertThat(actors).allSatisfy(ref -> assertThat(context.getBean(ActorBeans.class).beanName(ref))
                    .hasValue("counter"));
        });
    }

    @Test
    void anIdleEntityIsPassivatedSavingItsStateInOnStopAndTheNextMessageStartsANewBeanThatLoadsIt() {
        runner.withBean(Front.class).withPropertyValues("actors.entities.idle-timeout=500ms").run(context -> {
            Entities<String, Counter> counters = context.getBean(Front.class).counters;
            Journal journal = context.getBean(Journal.class);
            CounterApi carol = counters.ref("carol").proxy(CounterApi.class);
            assertThat(carol.increment()).isEqualTo(1);
            assertThat(carol.increment()).isEqualTo(2);
            String firstUrn = counters.<String>ask("carol", "urn").get(WAIT);

            await().atMost(WAIT).until(() -> counters.liveCount() == 0);
            assertThat(journal.saved).containsEntry("carol", 2);
            // Usually one passivation; more if the machine stalled past the timeout between two calls.
            long passivations = counters.passivations();
            assertThat(passivations).isPositive();
            assertThat(journal.constructed).hasSize((int) passivations).containsOnly("carol");
            await().atMost(WAIT).until(() -> context.getBean(ActorRegistry.class).getAll().isEmpty());

            assertThat(carol.increment()).as("the new incarnation loaded the state in onStart").isEqualTo(3);
            assertThat(journal.constructed).hasSize((int) passivations + 1);
            assertThat(counters.<String>ask("carol", "urn").get(WAIT)).isNotEqualTo(firstUrn);
        });
    }

    @Test
    void theSettingsComeFromTheActorsEntitiesProperties() {
        runner.withBean(Front.class)
                .withPropertyValues("actors.entities.idle-timeout=0", "actors.entities.max-live=2")
                .run(context -> {
                    Entities<String, Counter> counters = context.getBean(Front.class).counters;
                    assertThat(counters.settings())
                            .isEqualTo(EntitySettings.defaults().withIdleTimeout(Duration.ZERO).withMaxLive(2));
                    for (String key : List.of("a", "b", "c")) {
                        assertThat(counters.<Integer>ask(key, "count").get(WAIT)).isZero();
                    }
                    await().atMost(WAIT).until(() -> counters.liveCount() == 2);
                    assertThat(counters.liveKeys()).containsExactlyInAnyOrder("b", "c");
                    assertThat(context.getBean(Journal.class).saved).containsOnlyKeys("a");
                });
    }

    @Test
    void theDefaultsAreTenMinutesUnboundedAndAnEntitySettingsBeanOfTheApplicationWins() {
        runner.withBean(Front.class).run(context -> assertThat(context.getBean(Front.class).counters.settings())
                .isEqualTo(EntitySettings.defaults()));
        EntitySettings own = EntitySettings.defaults().withMaxLive(7);
        runner.withBean(Front.class).withBean(EntitySettings.class, () -> own)
                .run(context -> assertThat(context.getBean(Front.class).counters.settings()).isSameAs(own));
    }

    @Test
    void aQualifierPicksAmongEntityBeansOfOneClassEachWithItsOwnEntities() {
        runner.withBean("other", Counter.class).withBean(QualifiedFront.class).run(context -> {
            QualifiedFront front = context.getBean(QualifiedFront.class);
            assertThat(front.counters).isNotSameAs(front.others);
            front.counters.tell("k", "increment");
            assertThat(front.counters.<Integer>ask("k", "count").get(WAIT)).isEqualTo(1);
            assertThat(front.others.<Integer>ask("k", "count").get(WAIT)).isZero();
            ActorBeans beans = context.getBean(ActorBeans.class);
            assertThat(context.getBean(ActorRegistry.class).getAll()).extracting(ref -> beans.beanName(ref).orElseThrow())
                    .containsExactlyInAnyOrder("counter", "other");
        });
    }

    @Test
    void aRestartPolicyAppliesToEachIncarnationWithANewBeanForTheSameKey() {
        runner.withBean("fragile", Fragile.class).withBean(FragileFront.class).run(context -> {
            Entities<Long, Fragile> fragiles = context.getBean(FragileFront.class).fragiles;
            Journal journal = context.getBean(Journal.class);
            Object firstInstance = fragiles.ask(7L, "instance").get(WAIT);

            fragiles.tell(7L, "poison");
            ActorFuture<Object> afterRestart = fragiles.ask(7L, "instance");

            assertThat(afterRestart.get(WAIT)).isNotEqualTo(firstInstance);
            assertThat(journal.constructed).containsExactly("fragile 7", "fragile 7");
            assertThat(context.getBean(ActorRegistry.class).getByClass(Fragile.class)).as("the new instance joined "
                    + "the incarnation instead of starting an actor of its own").singleElement()
                    .satisfies(ref -> assertThat(ref.restartCount()).isEqualTo(1));
            assertThat(fragiles.liveKeys()).containsExactly(7L);
        });
    }

    @Test
    void withLazyInitializationTheEntitiesAreMadeWhenFirstInjected() {
        // What spring.main.lazy-initialization=true makes SpringApplication add.
        runner.withBean(Front.class).withInitializer(context -> context
                .addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor())).run(context -> {
            assertThat(context.getBean(ActorBeans.class).entities()).isEmpty();
            Entities<String, Counter> counters = context.getBean(Front.class).counters;
            assertThat(context.getBean(ActorBeans.class).entities()).singleElement()
                    .satisfies(bean -> assertThat(bean.entities()).isSameAs(counters));
            assertThat(counters.<Integer>ask("lazy", "increment").get(WAIT)).isEqualTo(1);
        });
    }

    @Test
    void closingTheContextStopsTheLiveEntitiesWhoseOnStopSavesTheirState() {
        Journal[] journal = new Journal[1];
        runner.withBean(Front.class).run(context -> {
            journal[0] = context.getBean(Journal.class);
            context.getBean(Front.class).counters.ref("dora").proxy(CounterApi.class).increment();
        });
        assertThat(journal[0].saved).containsEntry("dora", 1);
    }

    public interface CounterApi {

        int increment();

        String describe();
    }

    /** Records constructions and keeps the counters' saved state. */
    static class Journal {

        final Queue<String> constructed = new ConcurrentLinkedQueue<>();

        final Map<String, Integer> saved = new ConcurrentHashMap<>();
    }

    @Actor
    @Scope("prototype")
    static class Counter extends VirtualThreadActor implements CounterApi {

        private final String key;

        private final Journal journal;

        private final String greeting;

        private int count;

        Counter(@EntityKey String key, Journal journal, @Value("${counter.greeting}") String greeting) {
            this.key = key;
            this.journal = journal;
            this.greeting = greeting;
            journal.constructed.add(key);
        }

        @Override
        protected void onStart() {
            count = journal.saved.getOrDefault(key, 0);
        }

        @Override
        protected void onStop() {
            journal.saved.put(key, count);
        }

        @Override
        protected Object onReceive(Object message) throws Exception {
            if ("count".equals(message)) {
                return count;
            }
            if ("urn".equals(message)) {
                return actorUrn();
            }
            return "increment".equals(message) ? increment() : super.onReceive(message);
        }

        @Override
        public int increment() {
            return ++count;
        }

        @Override
        public String describe() {
            return greeting + " " + key + " (journal: " + (journal != null) + ")";
        }
    }

    @Actor
    @Scope("prototype")
    static class Fragile extends ThreadingActor {

        private final long id;

        Fragile(@EntityKey long id, Journal journal) {
            this.id = id;
            journal.constructed.add("fragile " + id);
        }

        @Override
        protected RestartPolicy restartPolicy() {
            return RestartPolicy.onFailure().withBackoff(Duration.ZERO, Duration.ZERO);
        }

        @Override
        protected Object onReceive(Object message) throws Exception {
            if ("poison".equals(message)) {
                throw new IllegalStateException("poisoned " + id);
            }
            return "instance".equals(message) ? System.identityHashCode(this) : super.onReceive(message);
        }
    }

    static class Front {

        final Entities<String, Counter> counters;

        Front(Entities<String, Counter> counters) {
            this.counters = counters;
        }
    }

    static class FieldFront {

        @Autowired
        Entities<String, Counter> counters;
    }

    static class QualifiedFront {

        final Entities<String, Counter> counters;

        final Entities<String, Counter> others;

        QualifiedFront(@Qualifier("counter") Entities<String, Counter> counters,
                @Qualifier("other") Entities<String, Counter> others) {
            this.counters = counters;
            this.others = others;
        }
    }

    static class FragileFront {

        final Entities<Long, Fragile> fragiles;

        FragileFront(Entities<Long, Fragile> fragiles) {
            this.fragiles = fragiles;
        }
    }
}
