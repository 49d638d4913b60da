package dev.actors;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@link ThreadingActor}: one named platform thread per actor (Pykka's {@code tests/test_threading_actor.py}). */
class ThreadingActorTest {

    static final class RegularActor extends ThreadingActor {
        final AtomicReference<Thread> thread = new AtomicReference<>();

        @Override
        protected Object onReceive(Object message) {
            thread.compareAndSet(null, Thread.currentThread());
            return thread.get();
        }
    }

    static final class DaemonActor extends ThreadingActor {
        @Override
        protected boolean useDaemonThread() {
            return true;
        }

        @Override
        protected Object onReceive(Object message) {
            return Thread.currentThread();
        }
    }

    private final ActorRegistry registry = new ActorRegistry();

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    @Test
    void actorThreadIsNamedAfterTheActorClass() {
        Thread thread = (Thread) registry.start(new RegularActor()).ask("thread").get(TIMEOUT);

        assertThat(thread.getName()).contains("RegularActor");
    }

    @Test
    void actorThreadIsNotDaemonicByDefault() {
        Thread thread = (Thread) registry.start(new RegularActor()).ask("thread").get(TIMEOUT);

        assertThat(thread.isDaemon()).isFalse();
        assertThat(thread.isVirtual()).isFalse();
    }

    @Test
    void aRegistryCanForceDaemonThreadsOnItsActors() {
        registry.setDaemonThreads(true);

        Thread thread = (Thread) registry.start(new RegularActor()).ask("thread").get(TIMEOUT);

        assertThat(thread.isDaemon()).as("useDaemonThread() is false, the registry forces it").isTrue();
    }

    @Test
    void actorThreadIsDaemonicIfUseDaemonThreadIsSet() {
        Thread thread = (Thread) registry.start(new DaemonActor()).ask("thread").get(TIMEOUT);

        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getName()).contains("DaemonActor");
    }

    @Test
    void oneThreadHandlesEveryMessageForTheActorsWholeLifeAndEndsWithIt() {
        RegularActor actor = new RegularActor();
        ActorRef<RegularActor> ref = registry.start(actor);

        Thread first = (Thread) ref.ask("one").get(TIMEOUT);
        Thread second = (Thread) ref.ask("two").get(TIMEOUT);

        assertThat(second).isSameAs(first).isNotSameAs(Thread.currentThread());
        ref.stop(TIMEOUT);
        await().atMost(TIMEOUT).until(() -> !first.isAlive());
    }

    @Test
    void eachActorHasItsOwnThread() {
        Thread one = (Thread) registry.start(new RegularActor()).ask("thread").get(TIMEOUT);
        Thread two = (Thread) registry.start(new RegularActor()).ask("thread").get(TIMEOUT);

        assertThat(one).isNotSameAs(two);
    }
}
