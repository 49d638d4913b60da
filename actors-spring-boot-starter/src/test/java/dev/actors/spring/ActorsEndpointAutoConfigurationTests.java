package dev.actors.spring;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import dev.actors.Entities;
import dev.actors.RestartPolicy;
import dev.actors.ThreadingActor;
import dev.actors.spring.autoconfigure.ActorsAutoConfiguration;
import dev.actors.spring.autoconfigure.endpoint.ActorsEndpointAutoConfiguration;
import dev.actors.spring.endpoint.ActorsEndpoint;
import dev.actors.spring.endpoint.ActorsEndpoint.ActorDescriptor;
import dev.actors.spring.endpoint.ActorsEndpoint.ActorDetailsDescriptor;
import dev.actors.spring.endpoint.ActorsEndpoint.ActorsDescriptor;
import dev.actors.spring.endpoint.ActorsEndpointContributor;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

class ActorsEndpointAutoConfigurationTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class, ActorsEndpointAutoConfiguration.class))
            .withPropertyValues("management.endpoints.web.exposure.include=actors");

    @Test
    void describesLiveActorsWithTheirBeanNames() {
        runner.withBean("idler", Idler.class).run(context -> {
            ActorsEndpoint endpoint = context.getBean(ActorsEndpoint.class);
            ActorRef<?> idler = context.getBean(ActorRegistry.class).getAll().getFirst();
            idler.ask("ping").get(Duration.ofSeconds(10));

            assertThat(endpoint.actors().actors()).singleElement().satisfies(actor -> {
                assertThat(actor).isEqualTo(new ActorDescriptor(idler.actorUrn(), Idler.class.getName(), "idler",
                        null, true, 0, 1, 0, 0, idler.startedAt().orElseThrow()));
            });
            ActorDetailsDescriptor details = endpoint.actor(idler.actorUrn());
            assertThat(details.beanName()).isEqualTo("idler");
            assertThat(details.processed()).isEqualTo(1);
            await(() -> "idle".equals(endpoint.actor(idler.actorUrn()).state()));
            assertThat(details.stack()).isNotNull();
            assertThat(endpoint.actor("urn:uuid:00000000-0000-0000-0000-000000000000")).isNull();
        });
    }

    @Test
    void describesEntityActorsWithTheirEntityBeansNameAndTheirKey() {
        runner.withBean("idler", Idler.class).withBean("room", Room.class).withBean(RoomFront.class).run(context -> {
            ActorsEndpoint endpoint = context.getBean(ActorsEndpoint.class);
            Entities<RoomNumber, Room> rooms = context.getBean(RoomFront.class).rooms;
            rooms.ask(new RoomNumber(101), "ping").get(Duration.ofSeconds(10));
            ActorRef<Room> room = context.getBean(ActorRegistry.class).getByClass(Room.class).getFirst();

            assertThat(endpoint.actors().actors()).extracting(ActorDescriptor::beanName, ActorDescriptor::key)
                    .containsExactly(tuple("idler", null), tuple("room", "room 101"));
            assertThat(endpoint.actor(room.actorUrn())).satisfies(details -> {
                assertThat(details.beanName()).isEqualTo("room");
                assertThat(details.key()).isEqualTo("room 101");
            });
        });
    }

    @Test
    void deleteStopsTheActorAfterItsQueuedMessages() {
        runner.withBean("idler", Idler.class).run(context -> {
            ActorsEndpoint endpoint = context.getBean(ActorsEndpoint.class);
            ActorRef<?> idler = context.getBean(ActorRegistry.class).getAll().getFirst();
            idler.tell("queued");
            ActorDetailsDescriptor stopped = endpoint.stopActor(idler.actorUrn());
            assertThat(stopped.state()).isEqualTo("stopped");
            assertThat(stopped.alive()).isFalse();
            assertThat(stopped.processed()).isEqualTo(1);
            assertThat(endpoint.actor(idler.actorUrn())).isNull();
            assertThat(endpoint.stopActor(idler.actorUrn())).isNull();
        });
    }

    @Test
    void anActorWaitingOutItsRestartBackoffIsRestartingThenCountsTheRestart() {
        runner.withBean("phoenix", Phoenix.class).run(context -> {
            ActorsEndpoint endpoint = context.getBean(ActorsEndpoint.class);
            ActorRef<?> phoenix = context.getBean(ActorRegistry.class).getAll().getFirst();
            phoenix.tell("fail");
            await(() -> "restarting".equals(endpoint.actor(phoenix.actorUrn()).state()));
            ActorDetailsDescriptor restarting = endpoint.actor(phoenix.actorUrn());
            assertThat(restarting.alive()).isTrue();
            assertThat(restarting.failed()).isEqualTo(1);
            assertThat(restarting.restartCount()).as("the new instance is built after the backoff").isZero();

            // A stop ends the ten-minute backoff: the new instance starts, then stops.
            ActorDetailsDescriptor stopped = endpoint.stopActor(phoenix.actorUrn());
            assertThat(stopped.state()).isEqualTo("stopped");
            assertThat(stopped.restartCount()).isEqualTo(1);
        });
    }

    @Test
    void listsWhatEachContributorAddsUnderItsNameInBeanOrder() {
        runner.withUserConfiguration(OrderedContributors.class).run(context -> {
                    ActorsDescriptor listing = context.getBean(ActorsEndpoint.class).actors();
                    assertThat(listing.actors()).isEmpty();
                    assertThat(listing.contributions()).containsExactly(entry("first", Map.of("one", 1)),
                            entry("last", "the last one"));
                    assertThat(listing.contributionMembers()).isSameAs(listing.contributions());
                });
    }

    @Test
    void aContributorNamedAsAnotherOrAsTheActorsFailsTheStartupNamingIt() {
        runner.withBean("shadow", ActorsEndpointContributor.class, () -> contributor("actors", "x")).run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("is named 'actors', which the actors endpoint shows already")
                        .hasMessageContaining("give each contributor its own name"));
        runner.withUserConfiguration(OrderedContributors.class)
                .withBean("again", ActorsEndpointContributor.class, () -> contributor("first", "x")).run(context ->
                        assertThat(context).hasFailed().getFailure().rootCause()
                                .hasMessageContaining("is named 'first', which the actors endpoint shows already"));
    }

    @Configuration(proxyBeanMethods = false)
    static class OrderedContributors {
        @Bean
        @Order(2)
        ActorsEndpointContributor last() {
            return contributor("last", "the last one");
        }

        @Bean
        @Order(1)
        ActorsEndpointContributor first() {
            return contributor("first", Map.of("one", 1));
        }
    }

    private static ActorsEndpointContributor contributor(String name, Object contribution) {
        return new ActorsEndpointContributor() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object contribution() {
                return contribution;
            }

            @Override
            public String toString() {
                return "contributor " + name;
            }
        };
    }

    @Test
    void offWhenTheEndpointIsNotAccessible() {
        runner.withPropertyValues("management.endpoint.actors.access=NONE")
                .run(context -> assertThat(context).doesNotHaveBean(ActorsEndpoint.class));
    }

    @Test
    void offWhenTheEndpointIsNotExposed() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ActorsAutoConfiguration.class, ActorsEndpointAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(ActorsEndpoint.class));
    }

    @Test
    void offWhenActorsAreDisabled() {
        runner.withPropertyValues("actors.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ActorsEndpoint.class));
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(condition);
    }

    @Test
    void deleteOfAnActorThatDoesNotStopInTimeAnswersThatItIsStillAlive() {
        CountDownLatch release = new CountDownLatch(1);
        runner.withPropertyValues("actors.shutdown-timeout=100ms").withBean("idler", Idler.class).run(context -> {
            ActorsEndpoint endpoint = context.getBean(ActorsEndpoint.class);
            ActorRef<?> idler = context.getBean(ActorRegistry.class).getAll().getFirst();
            CountDownLatch entered = new CountDownLatch(1);
            idler.tell((Runnable) () -> {
                entered.countDown();
                awaitQuietly(release);
            });
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

            ActorDetailsDescriptor stillRunning = endpoint.stopActor(idler.actorUrn());

            assertThat(stillRunning.alive()).as("sent a stop, queued behind the blocked message").isTrue();
            release.countDown();
            await(() -> !idler.isAlive());
        });
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /** Restarted after a failure, after ten minutes (or at once when stopped). */
    @Actor
    static class Phoenix extends ThreadingActor {
        @Override
        protected RestartPolicy restartPolicy() {
            return RestartPolicy.onFailure().withBackoff(Duration.ofMinutes(10), Duration.ofMinutes(10));
        }

        @Override
        protected Object onReceive(Object message) {
            throw new IllegalStateException("failed on purpose");
        }
    }

    @Actor
    static class Idler extends ThreadingActor {
        @Override
        protected Object onReceive(Object message) {
            if (message instanceof Runnable task) {
                task.run();
            }
            return message;
        }
    }

    /** A key whose {@code toString()} is what the endpoint shows. */
    record RoomNumber(int number) {

        @Override
        public String toString() {
            return "room " + number;
        }
    }

    @Actor
    @Scope("prototype")
    static class Room extends ThreadingActor {

        Room(@EntityKey RoomNumber number) {
        }

        @Override
        protected Object onReceive(Object message) {
            return message;
        }
    }

    static class RoomFront {

        final Entities<RoomNumber, Room> rooms;

        RoomFront(Entities<RoomNumber, Room> rooms) {
            this.rooms = rooms;
        }
    }
}
