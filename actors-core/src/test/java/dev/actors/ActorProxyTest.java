package dev.actors;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.actors.Waits.TIMEOUT;
import static dev.actors.Waits.awaitLatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * {@link ActorProxy}: Pykka's proxy with lambdas instead of attribute paths (Pykka's
 * {@code tests/proxy/test_proxy.py}, {@code test_static_method_calls.py}, {@code test_attribute_access.py},
 * {@code test_dynamic_method_calls.py}).
 */
class ActorProxyTest {

    static final class Nested {
        String inner = "nested.inner";
    }

    static final class StaticMethodActor extends ThreadingActor {
        final Queue<String> log = new ConcurrentLinkedQueue<>();
        final CountDownLatch onFailureCalled = new CountDownLatch(1);
        final CountDownLatch onStopCalled = new CountDownLatch(1);
        final Nested nested = new Nested();
        String cat = "dog";

        public String functionalHello(String s) {
            return "Hello, " + s + "!";
        }

        public void setCat(String cat) {
            this.cat = cat;
        }

        public String raiseException() {
            throw new IllegalStateException("boom!");
        }

        public ActorFuture<String> talkWithSelf() {
            return this.<StaticMethodActor>actorRef().proxy().call(self -> self.functionalHello("from the future"));
        }

        @Override
        protected Object onReceive(Object message) {
            log.add((String) message);
            return null;
        }

        @Override
        protected void onFailure(Throwable cause) {
            onFailureCalled.countDown();
        }

        @Override
        protected void onStop() {
            onStopCalled.countDown();
        }
    }

    private final ActorRegistry registry = new ActorRegistry();
    private final StaticMethodActor actor = new StaticMethodActor();
    private final ActorRef<StaticMethodActor> ref = registry.start(actor);
    private final ActorProxy<StaticMethodActor> proxy = ref.proxy();

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    @Test
    void functionalMethodCallReturnsCorrectValue() {
        assertThat(proxy.call(a -> a.functionalHello("world")).get(TIMEOUT)).isEqualTo("Hello, world!");
        assertThat(proxy.call(a -> a.functionalHello("moon")).get(TIMEOUT)).isEqualTo("Hello, moon!");
    }

    @Test
    void callsRunInTheActorsThread() {
        Thread actorThread = proxy.call(a -> Thread.currentThread()).get(TIMEOUT);

        assertThat(actorThread).isNotSameAs(Thread.currentThread());
        assertThat(actorThread.getName()).contains("StaticMethodActor");
    }

    @Test
    void sideEffectOfMethodCallIsObservable() {
        assertThat(proxy.run(a -> a.setCat("eagle")).get(TIMEOUT)).isNull();

        assertThat(proxy.call(a -> a.cat).get(TIMEOUT)).isEqualTo("eagle");
    }

    @Test
    void sideEffectOfDeferredMethodCallIsObservable() {
        proxy.defer(a -> a.setCat("eagle"));

        assertThat(proxy.call(a -> a.cat).get(TIMEOUT)).isEqualTo("eagle");
    }

    @Test
    void fieldsOfNestedObjectsAreReachedThroughTheLambda() {
        assertThat(proxy.call(a -> a.nested.inner).get(TIMEOUT)).isEqualTo("nested.inner");

        proxy.run(a -> a.nested.inner = "changed").get(TIMEOUT);

        assertThat(proxy.call(a -> a.nested.inner).get(TIMEOUT)).isEqualTo("changed");
    }

    @Test
    void exceptionInMethodIsRethrownByTheFutureAndTheActorLivesOn() {
        assertThatThrownBy(() -> proxy.call(StaticMethodActor::raiseException).get(TIMEOUT))
                .isInstanceOf(IllegalStateException.class).hasMessage("boom!");
        assertThatThrownBy(() -> proxy.run(StaticMethodActor::raiseException).get(TIMEOUT))
                .isInstanceOf(IllegalStateException.class).hasMessage("boom!");

        assertThat(ref.isAlive()).isTrue();
        assertThat(actor.onFailureCalled.getCount()).as("onFailure not called").isEqualTo(1);
    }

    @Test
    void exceptionInDeferredMethodCallTriggersOnFailure() {
        proxy.defer(StaticMethodActor::raiseException);

        awaitLatch(actor.onFailureCalled);
        await().atMost(TIMEOUT).until(() -> !ref.isAlive());
        assertThat(actor.onStopCalled.getCount()).as("onStop not called").isEqualTo(1);
    }

    @Test
    void canProxyItselfForOffloadingWorkToTheFutureAndAReturnedFutureIsNotFlattened() {
        ActorFuture<ActorFuture<String>> outer = proxy.call(StaticMethodActor::talkWithSelf);

        assertThat(outer.get(TIMEOUT).get(TIMEOUT)).isEqualTo("Hello, from the future!");
    }

    @Test
    void callsAreMessagesInMailboxOrderWithAllOtherMessages() {
        ref.tell("tell 1");
        proxy.defer(a -> a.log.add("defer"));
        ref.tell("tell 2");
        ActorFuture<Void> run = proxy.run(a -> a.log.add("run"));
        ref.tell("tell 3");

        run.get(TIMEOUT);
        ref.ask("ask").get(TIMEOUT);

        assertThat(actor.log).containsExactly("tell 1", "defer", "tell 2", "run", "tell 3", "ask");
    }

    @Test
    void selfProxyCallsRunAfterWhatIsAlreadyQueued() {
        CountDownLatch release = new CountDownLatch(1);
        proxy.defer(a -> {
            awaitLatch(release);
            a.<StaticMethodActor>actorRef().proxy().defer(self -> self.log.add("self proxy"));
            a.log.add("handler end");
        });
        ref.tell("queued before");
        ActorFuture<Object> queuedLast = ref.ask("queued last");
        release.countDown();

        queuedLast.get(TIMEOUT);
        ref.ask("asked after the self-proxy call was queued").get(TIMEOUT);

        assertThat(actor.log).containsExactly("handler end", "queued before", "queued last", "self proxy",
                "asked after the self-proxy call was queued");
    }

    @Test
    void stopThroughTheProxyCompletesOnceTheStopIsQueued() {
        assertThat(proxy.run(StaticMethodActor::stop).get(TIMEOUT)).isNull();

        awaitLatch(actor.onStopCalled);
        await().atMost(TIMEOUT).until(() -> !ref.isAlive());
    }

    @Test
    void proxiesOfTheSameActorAreEqualAndHashable() {
        assertThat(proxy).isEqualTo(proxy).isEqualTo(ref.proxy()).hasSameHashCodeAs(ref.proxy());
        assertThat(proxy).isNotEqualTo(registry.start(new StaticMethodActor()).proxy()).isNotEqualTo(ref);
    }

    @Test
    void strContainsActorClassNameAndUrn() {
        assertThat(proxy.toString()).contains("StaticMethodActor").contains(ref.actorUrn());
    }

    @Test
    void refsProxyMethodReturnsAProxyOfThatRef() {
        assertThat(proxy.actorRef()).isSameAs(ref);
    }

    @Test
    void proxyOfADeadActorCannotBeMade() {
        ref.stop(TIMEOUT);

        assertThatThrownBy(ref::proxy).isInstanceOf(ActorDeadException.class).hasMessage(ref + " not found");
    }

    @Test
    void existingProxyOfADeadActorFailsFuturesAndDeferAndKeepsItsRef() {
        ref.stop(TIMEOUT);

        assertThat(proxy.actorRef()).isSameAs(ref);
        assertThatThrownBy(() -> proxy.call(a -> a.cat).get(TIMEOUT)).isInstanceOf(ActorDeadException.class).hasMessage(ref + " not found");
        assertThatThrownBy(() -> proxy.run(a -> a.setCat("x")).get(TIMEOUT)).isInstanceOf(ActorDeadException.class);
        assertThatThrownBy(() -> proxy.defer(a -> a.setCat("x"))).isInstanceOf(ActorDeadException.class).hasMessage(ref + " not found");
    }
}
