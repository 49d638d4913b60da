package dev.actors.cluster.hazelcast.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.nio.serialization.HazelcastSerializationException;
import dev.actors.ActorProxy;
import dev.actors.ActorRegistry;
import dev.actors.Entities;
import dev.actors.EntitySettings;
import dev.actors.VirtualThreadActor;
import dev.actors.cluster.hazelcast.ClusteredKindStatus;
import dev.actors.cluster.hazelcast.EntityCluster;
import dev.actors.cluster.hazelcast.EntityNotSerializableException;
import dev.actors.cluster.hazelcast.LoopbackConfigs;
import dev.actors.cluster.hazelcast.autoconfigure.endpoint.ActorsClusterEndpointAutoConfiguration;
import dev.actors.cluster.hazelcast.diagnostics.EntityNotSerializableFailureAnalyzer;
import dev.actors.cluster.hazelcast.endpoint.ActorsClusterEndpointContributor.ClusterDescriptor;
import dev.actors.cluster.hazelcast.spring.ClusteredEntity;
import dev.actors.spring.Actor;
import dev.actors.spring.EntitiesFactory;
import dev.actors.spring.EntityKey;
import dev.actors.spring.InvalidActorBeanException;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import dev.actors.spring.autoconfigure.endpoint.ActorsEndpointAutoConfiguration;
import dev.actors.spring.diagnostics.InvalidActorBeanFailureAnalyzer;
import dev.actors.spring.endpoint.ActorsEndpoint;
import dev.actors.spring.endpoint.ActorsEndpoint.ActorDescriptor;
import dev.actors.spring.endpoint.ActorsEndpoint.ActorsDescriptor;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hazelcast.autoconfigure.HazelcastAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Scope;

/**
 * {@code @ClusteredEntity} entity beans in a context with a real embedded loopback member (and
 * without one): whose {@code Entities} are the cluster's, the startup checks of the annotation and
 * of the key type, lambdas refused through Spring, the {@code "cluster"} section of the actors
 * endpoint.
 */
class ClusteredEntityBeansTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class, HazelcastAutoConfiguration.class,
                    ActorsClusterAutoConfiguration.class, ClusteredEntityCheckAutoConfiguration.class))
            .withUserConfiguration(LoopbackMember.class);

    @Test
    void theEntitiesOfAClusteredEntityBeanAreTheClustersAndTheOthersStayLocal() {
        runner.withUserConfiguration(TallyApplication.class).run(context -> {
            EntityCluster cluster = context.getBean(EntityCluster.class);
            TallyDesk desk = context.getBean(TallyDesk.class);
            assertThat(cluster.kinds()).extracting(ClusteredKindStatus::kind).containsExactly(Tally.class.getName());
            assertThat(desk.tallies.<Integer>ask("a", 5).get(WAIT)).isEqualTo(5);
            assertThat(desk.tallies.ref("a").proxy(TallyApi.class).total()).isEqualTo(5);
            assertThat(cluster.kinds()).containsExactly(new ClusteredKindStatus(Tally.class.getName(), 1, 0));
            assertThat(desk.tallies.ref("a")).hasToString("EntityRef(Tally, key=a, clustered)");
            // A clustered entity's message must be able to travel, even when its key is owned here.
            assertThatThrownBy(() -> desk.tallies.tell("a", new Object())).isInstanceOf(EntityNotSerializableException.class)
                    .hasMessageContaining("java.lang.Object");
            // A local one takes any message.
            assertThat(desk.localTallies.<Object>ask("a", new Plain()).get(WAIT)).isInstanceOf(Plain.class);
        });
    }

    @Test
    void withoutAnEntityClusterTheAnnotationDoesNothingAndTheEntitiesAreLocal() {
        ApplicationContextRunner withoutMember = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class, HazelcastAutoConfiguration.class,
                        ActorsClusterAutoConfiguration.class, ClusteredEntityCheckAutoConfiguration.class))
                .withUserConfiguration(TallyApplication.class);
        withoutMember.run(context -> {
            assertThat(context).doesNotHaveBean(HazelcastInstance.class);
            assertLocal(context, "no Hazelcast config: no HazelcastInstance bean");
        });
        runner.withUserConfiguration(TallyApplication.class).withClassLoader(new FilteredClassLoader(HazelcastInstance.class))
                .run(context -> assertLocal(context, "no Hazelcast on the classpath"));
        runner.withUserConfiguration(TallyApplication.class).withPropertyValues("actors.cluster.enabled=false")
                .run(context -> {
                    assertThat(context).hasSingleBean(HazelcastInstance.class);
                    assertLocal(context, "actors.cluster.enabled=false");
                });
    }

    private static void assertLocal(AssertableApplicationContext context, String why) {
        assertThat(context).as(why).hasNotFailed().doesNotHaveBean(EntityCluster.class);
        TallyDesk desk = context.getBean(TallyDesk.class);
        assertThat(desk.tallies.<Object>ask("a", new Plain()).get(WAIT)).as(why).isInstanceOf(Plain.class);
        assertThat(desk.tallies.ref("a").toString()).as(why).doesNotContain("clustered");
    }

    @Test
    void aUsersOwnEntitiesFactoryWins() {
        runner.withUserConfiguration(TallyApplication.class, OwnEntitiesFactory.class).run(context -> {
            assertThat(context).hasSingleBean(EntitiesFactory.class);
            assertThat(context.getBean(EntitiesFactory.class)).isInstanceOf(OwnEntitiesFactory.class);
            assertThat(context.getBean(OwnEntitiesFactory.class).made).containsExactlyInAnyOrder(
                    Tally.class.getName() + " keyed by java.lang.String", LocalTally.class.getName() + " keyed by java.lang.String");
            assertThat(context.getBean(EntityCluster.class).kinds()).isEmpty();
            TallyDesk desk = context.getBean(TallyDesk.class);
            assertThat(desk.tallies.<Object>ask("a", new Plain()).get(WAIT)).isInstanceOf(Plain.class);
        });
    }

    @Test
    void clusteredEntityOnAClassThatIsNotAnEntityBeanFailsTheStartupNamingIt() {
        assertInvalid(runner.withBean("lonely", LonelySingleton.class), "@ClusteredEntity class " + LonelySingleton.class.getName()
                + " (bean 'lonely') is a singleton @Actor, not an entity bean: one actor per context has no key to place on a "
                + "member of the cluster");
        assertInvalid(runner.withBean("keyless", KeylessPrototype.class), "@ClusteredEntity class "
                + KeylessPrototype.class.getName() + " (bean 'keyless') is a prototype @Actor without an @EntityKey "
                + "constructor parameter, so not an entity bean");
        assertInvalid(runner.withBean("notAnActor", NotAnActor.class), "@ClusteredEntity class " + NotAnActor.class.getName()
                + " (bean 'notAnActor') is not an @Actor: only the entities of an entity bean can be cluster-wide");
        // The mistake is in the code: it fails without Hazelcast too.
        assertInvalid(runner.withBean("lonely", LonelySingleton.class).withClassLoader(new FilteredClassLoader(HazelcastInstance.class)),
                "(bean 'lonely') is a singleton @Actor");
    }

    private static void assertInvalid(ApplicationContextRunner runner, String problem) {
        runner.run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            assertThat(failure).isInstanceOf(InvalidActorBeanException.class).hasMessageContaining(problem)
                    .hasMessageContaining("or remove @ClusteredEntity");
            FailureAnalysis analysis = new InvalidActorBeanFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription()).contains(problem);
            assertThat(analysis.getAction()).contains("an entity bean (@Actor, @Scope(\"prototype\") and an @EntityKey "
                    + "constructor parameter)").endsWith("or remove @ClusteredEntity.");
        });
    }

    @Test
    void aClusteredEntityWhoseKeyTypeCanNeverBeSerializedFailsTheStartupNamingIt() {
        runner.withUserConfiguration(JoinerApplication.class).run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            assertThat(failure).rootCause().isInstanceOf(HazelcastSerializationException.class);
            FailureAnalysis analysis = new EntityNotSerializableFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription()).startsWith("The keys of the clustered Joiner entities are of type "
                    + "java.util.StringJoiner, which cannot be serialized: it is not java.io.Serializable, no serializer of "
                    + "this member takes it, and Hazelcast's zero-config Compact serialization refuses it");
            assertThat(analysis.getAction()).contains("make them java.io.Serializable");
        });
        // Local, the same key type is fine.
        runner.withUserConfiguration(JoinerApplication.class).withPropertyValues("actors.cluster.enabled=false")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void lambdasSentToAnInjectedClusteredEntityAreRefusedAndItHasNoActorProxy() {
        runner.withUserConfiguration(TallyApplication.class).run(context -> {
            TallyDesk desk = context.getBean(TallyDesk.class);
            Runnable lambda = () -> { };
            assertThatThrownBy(() -> desk.tallies.tell("a", lambda)).isInstanceOf(EntityNotSerializableException.class)
                    .hasMessageContaining("Cannot send a lambda").hasMessageContaining("lambdas stay local-only (ActorProxy.call")
                    .hasMessageContaining("call a typed interface proxy");
            Function<Tally, Integer> call = tally -> 1;
            assertThatThrownBy(() -> desk.tallies.ask("a", call)).isInstanceOf(EntityNotSerializableException.class)
                    .hasMessageContaining("lambdas stay local-only");
            Supplier<String> argument = () -> "x";
            assertThatThrownBy(() -> desk.tallies.ref("a").proxy(TallyApi.class).echo(argument))
                    .isInstanceOf(EntityNotSerializableException.class).hasMessageContaining("as the argument of a call to");
        });
        runner.withUserConfiguration(TallyApplication.class, ProxyWanter.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("is an entity class (an @EntityKey "
                    + "constructor parameter): one actor per key, with no ActorProxy of its own")
                    .hasMessageContaining("inject Entities<String, Tally>");
        });
    }

    @Test
    void theActorsEndpointShowsTheMemberItsPartitionsTheClusterAndEachKind() {
        WebApplicationContextRunner web = new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class, HazelcastAutoConfiguration.class,
                        ActorsClusterAutoConfiguration.class, ActorsEndpointAutoConfiguration.class,
                        ActorsClusterEndpointAutoConfiguration.class))
                .withUserConfiguration(LoopbackMember.class, TallyApplication.class)
                .withPropertyValues("management.endpoints.web.exposure.include=actors");
        web.run(context -> {
            EntityCluster cluster = context.getBean(EntityCluster.class);
            context.getBean(TallyDesk.class).tallies.ask("b", 2).get(WAIT);
            ActorsDescriptor listing = context.getBean(ActorsEndpoint.class).actors();
            assertThat(listing.actors()).extracting(ActorDescriptor::key).containsExactly("b");
            ClusterDescriptor shown = (ClusterDescriptor) listing.contributions().get("cluster");
            HazelcastInstance member = cluster.hazelcast();
            assertThat(shown.member()).isEqualTo(member.getCluster().getLocalMember().getUuid().toString());
            assertThat(shown.address()).isEqualTo(member.getCluster().getLocalMember().getAddress().toString());
            assertThat(shown.clusterSize()).isEqualTo(1);
            assertThat(shown.minimumClusterSize()).isEqualTo(1);
            assertThat(shown.ownedPartitions()).as("alone, it owns them all")
                    .isEqualTo(member.getPartitionService().getPartitions().size());
            assertThat(shown.leasedPartitions()).isEqualTo(1);
            assertThat(shown.liveEntities()).isEqualTo(1);
            assertThat(shown.running()).isTrue();
            assertThat(shown.kinds()).containsExactly(new ClusteredKindStatus(Tally.class.getName(), 1, 0));
        });
        web.withPropertyValues("actors.cluster.enabled=false")
                .run(context -> assertThat(context.getBean(ActorsEndpoint.class).actors().contributions()).isEmpty());
    }

    @Configuration(proxyBeanMethods = false)
    static class LoopbackMember {
        @Bean
        Config hazelcastConfig() {
            return LoopbackConfigs.single();
        }
    }


    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Not serializable: a local entity takes it, a clustered one refuses it. */
    static final class Plain {
        final Object handle = new Object();
    }

    interface TallyApi {
        int total();

        Object echo(Object value);
    }

    /** A clustered entity bean. */
    @Actor
    @Scope("prototype")
    @ClusteredEntity
    static class Tally extends VirtualThreadActor implements TallyApi {
        private int total;

        Tally(@EntityKey String key) {
        }

        @Override
        protected Object onReceive(Object message) {
            return message instanceof Integer amount ? total += amount : message;
        }

        @Override
        public int total() {
            return total;
        }

        @Override
        public Object echo(Object value) {
            return value;
        }
    }

    /** A local entity bean beside it. */
    @Actor
    @Scope("prototype")
    static class LocalTally extends VirtualThreadActor {
        LocalTally(@EntityKey String key) {
        }

        @Override
        protected Object onReceive(Object message) {
            return message;
        }
    }

    /** Injects both entities, as an application's service would. */
    static final class TallyDesk {
        final Entities<String, Tally> tallies;
        final Entities<String, LocalTally> localTallies;

        TallyDesk(Entities<String, Tally> tallies, Entities<String, LocalTally> localTallies) {
            this.tallies = tallies;
            this.localTallies = localTallies;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import({ Tally.class, LocalTally.class, TallyDesk.class })
    static class TallyApplication {
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnEntitiesFactory implements EntitiesFactory {
        final List<String> made = new CopyOnWriteArrayList<>();
        private final ActorRegistry registry;

        OwnEntitiesFactory(ActorRegistry registry) {
            this.registry = registry;
        }

        @Override
        public <K, A extends dev.actors.Actor> Entities<K, A> create(String beanName, Class<A> actorClass, Class<K> keyClass,
                Function<? super K, ? extends A> incarnations, EntitySettings settings) {
            made.add(actorClass.getName() + " keyed by " + keyClass.getName());
            return EntitiesFactory.local(registry).create(beanName, actorClass, keyClass, incarnations, settings);
        }
    }

    /** Asks for what an entity class does not have. */
    static final class ProxyWanter {
        ProxyWanter(ActorProxy<Tally> proxy) {
        }
    }

    @Actor
    @ClusteredEntity
    static class LonelySingleton extends VirtualThreadActor {
    }

    @Actor
    @Scope("prototype")
    @ClusteredEntity
    static class KeylessPrototype extends VirtualThreadActor {
    }

    @ClusteredEntity
    static class NotAnActor {
    }

    /** Its key type, a JDK class that is not Serializable, can never travel. */
    @Actor
    @Scope("prototype")
    @ClusteredEntity
    static class Joiner extends VirtualThreadActor {
        Joiner(@EntityKey StringJoiner key) {
        }
    }

    /** Injects the Joiner entities, which makes them at startup. */
    static final class JoinerDesk {
        JoinerDesk(Entities<StringJoiner, Joiner> joiners) {
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import({ Joiner.class, JoinerDesk.class })
    static class JoinerApplication {
    }
}
