package dev.actors;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Registration, lookups and broadcast (Pykka's {@code tests/test_registry.py}); stopping is in {@link RegistryStopAllTest}. */
class ActorRegistryTest {

    /** Pykka's ActorBase: collects what it receives. */
    abstract static class CollectingActor extends ThreadingActor {
        final Queue<Object> received = new ConcurrentLinkedQueue<>();

        @Override
        protected Object onReceive(Object message) {
            received.add(message);
            return null;
        }
    }

    static final class ActorA extends CollectingActor {
    }

    static final class ActorB extends CollectingActor {
    }

    private final ActorRegistry registry = new ActorRegistry();
    private List<ActorA> as;
    private List<ActorB> bs;
    private List<ActorRef<ActorA>> aRefs;
    private List<ActorRef<ActorB>> bRefs;

    @BeforeEach
    void startActors() {
        as = Stream.generate(ActorA::new).limit(3).toList();
        bs = Stream.generate(ActorB::new).limit(5).toList();
        aRefs = as.stream().map(registry::start).toList();
        bRefs = bs.stream().map(registry::start).toList();
    }

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    private static void awaitAsked(List<? extends ActorRef<?>> refs) {
        refs.forEach(ref -> ref.ask("sync").get(TIMEOUT));
    }

    @Test
    void actorIsRegisteredWhenStartedInStartOrder() {
        assertThat(registry.getAll()).hasSize(8).containsSubsequence(aRefs.get(0), aRefs.get(1), aRefs.get(2), bRefs.get(0));
        assertThat(registry.getAll().subList(0, 3)).isEqualTo(aRefs);
        assertThat(registry.getAll().subList(3, 8)).isEqualTo(bRefs);
    }

    @Test
    void actorIsUnregisteredWhenStopped() {
        aRefs.get(0).stop(TIMEOUT);

        assertThat(registry.getAll()).hasSize(7).doesNotContain(aRefs.get(0));
    }

    @Test
    void actorMayBeRegisteredManually() {
        registry.unregister(aRefs.get(0));
        assertThat(registry.getAll()).doesNotContain(aRefs.get(0));

        registry.register(aRefs.get(0));

        assertThat(registry.getAll()).contains(aRefs.get(0));
    }

    @Test
    void actorMayBeUnregisteredMultipleTimesWithoutError() {
        registry.unregister(aRefs.get(0));
        registry.unregister(aRefs.get(0));
        registry.register(aRefs.get(0));

        assertThat(registry.getAll()).contains(aRefs.get(0));
    }

    @Test
    void registeringTwiceIsANoOp() {
        registry.register(aRefs.get(0));

        assertThat(registry.getAll()).hasSize(8).containsOnlyOnce(aRefs.get(0));
    }

    @Test
    void registriesAreIndependent() {
        ActorRegistry other = new ActorRegistry();

        assertThat(other.getAll()).isEmpty();
        assertThat(other.getByUrn(aRefs.get(0).actorUrn())).isEmpty();
        assertThat(ActorRegistry.getDefault().getAll()).doesNotContain(aRefs.get(0));
    }

    @Test
    void actorStartUsesTheDefaultRegistry() {
        assertThat(ActorRegistry.getDefault()).isSameAs(ActorRegistry.getDefault());
        ActorRef<ActorA> ref = Actor.start(new ActorA());
        try {
            assertThat(ActorRegistry.getDefault().getAll()).contains(ref);
            assertThat(registry.getAll()).doesNotContain(ref);
        } finally {
            ref.stop(TIMEOUT);
        }
        assertThat(ActorRegistry.getDefault().getAll()).doesNotContain(ref);
    }

    @Test
    void actorsMayBeLookedUpByClass() {
        assertThat(registry.getByClass(ActorA.class)).containsExactlyElementsOf(aRefs);
    }

    @Test
    void actorsMayBeLookedUpBySuperclass() {
        List<ActorRef<?>> collecting = List.copyOf(registry.getByClass(CollectingActor.class));
        assertThat(collecting).hasSize(8).containsAll(aRefs).containsAll(bRefs);
        assertThat(registry.getByClass(ThreadingActor.class)).hasSize(8);
        assertThat(registry.getByClass(Actor.class)).hasSize(8);
        assertThat(registry.getByClass(VirtualThreadActor.class)).isEmpty();
    }

    @Test
    void actorsMayBeLookedUpByExactClassNameInAnyOfItsForms() {
        assertThat(registry.getByClassName("ActorA")).containsExactlyElementsOf(aRefs);
        assertThat(registry.getByClassName(ActorA.class.getName())).containsExactlyElementsOf(aRefs);
        assertThat(registry.getByClassName(ActorA.class.getCanonicalName())).containsExactlyElementsOf(aRefs);
        assertThat(registry.getByClassName("CollectingActor")).as("no subclasses").isEmpty();
        assertThat(registry.getByClassName("NoSuchActor")).isEmpty();
    }

    @Test
    void actorsMayBeLookedUpByUrn() {
        assertThat(registry.getByUrn(aRefs.get(1).actorUrn())).containsSame(aRefs.get(1));
    }

    @Test
    void getByUrnReturnsEmptyIfNotFound() {
        assertThat(registry.getByUrn("urn:foo:bar")).isEmpty();
    }

    @Test
    void broadcastSendsMessageToAllActorsIfNoTarget() {
        registry.broadcast("foo");

        awaitAsked(registry.getAll());
        Stream.concat(as.stream(), bs.stream()).forEach(actor -> assertThat(actor.received).startsWith("foo"));
    }

    @Test
    void broadcastSendsMessageToAllActorsOfGivenClass() {
        registry.broadcast("foo", ActorA.class);

        awaitAsked(registry.getAll());
        as.forEach(actor -> assertThat(actor.received).startsWith("foo"));
        bs.forEach(actor -> assertThat(actor.received).doesNotContain("foo"));
        assertThat(new HashSet<>(registry.getByClass(ActorA.class))).isEqualTo(new HashSet<>(aRefs));
    }

    @Test
    void broadcastSendsMessageToAllActorsOfGivenSuperclass() {
        registry.broadcast("foo", CollectingActor.class);

        awaitAsked(registry.getAll());
        Stream.concat(as.stream(), bs.stream()).forEach(actor -> assertThat(actor.received).startsWith("foo"));
    }

    @Test
    void broadcastSendsMessageToAllActorsOfGivenClassName() {
        registry.broadcast("foo", "ActorA");

        awaitAsked(registry.getAll());
        as.forEach(actor -> assertThat(actor.received).startsWith("foo"));
        bs.forEach(actor -> assertThat(actor.received).doesNotContain("foo"));
    }

    @Test
    void broadcastSkipsActorsThatDiedMeanwhile() {
        ActorRef<ActorA> dead = aRefs.get(1);
        dead.stop(TIMEOUT);
        registry.register(dead);

        registry.broadcast("foo");

        List<ActorRef<?>> alive = registry.getAll().stream().filter(ActorRef::isAlive).toList();
        awaitAsked(alive);
        assertThat(alive).hasSize(7);
        as.stream().filter(actor -> actor != as.get(1)).forEach(actor -> assertThat(actor.received).startsWith("foo"));
        bs.forEach(actor -> assertThat(actor.received).startsWith("foo"));
    }

    @Test
    void askTimeoutDefaultsToThirtySecondsAndCanBeSet() {
        assertThat(registry.askTimeout()).isEqualTo(Duration.ofSeconds(30));

        registry.setAskTimeout(Duration.ofMillis(250));

        assertThat(registry.askTimeout()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void registryIsThreadSafeUnderConcurrentStarts() {
        List<ActorRef<ActorB>> started = Stream.generate(ActorB::new).limit(50).parallel().map(registry::start).toList();

        await().atMost(TIMEOUT).until(() -> registry.getAll().size() == 58);
        assertThat(registry.getAll()).containsAll(started).doesNotHaveDuplicates();
    }
}
