package dev.actors;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 items 8 and 9: a default method the actor overrides is a call to the actor; a future
 * returned by the actor is flattened by its runtime class, whatever the actor method declares.
 */
class TypedProxyOverridesAndFlatteningTest {

    interface Described {
        default String describe() {
            return "interface default on " + Thread.currentThread().getName();
        }

        default String notOverridden() {
            return "default";
        }

        Thread thread();
    }

    /** The actor implements the interface and overrides one default. */
    static final class DescribedActor extends ThreadingActor implements Described {
        @Override
        public String describe() {
            return "actor on " + Thread.currentThread().getName();
        }

        @Override
        public Thread thread() {
            return Thread.currentThread();
        }
    }

    /** The actor does not implement the interface; it has a public method of the same signature. */
    static final class LookalikeActor extends VirtualThreadActor {
        public String describe() {
            return "lookalike actor";
        }

        public Thread thread() {
            return Thread.currentThread();
        }
    }

    interface Futures {
        Future<Integer> future();

        CompletionStage<Integer> stage();

        CompletableFuture<Integer> completable();

        ActorFuture<Integer> actorFuture();

        ActorFuture<Integer> actorFutureInside();

        CompletableFuture<Object> plainValue();
    }

    /** Returns futures at runtime behind declared types that do not say so. */
    static final class FutureReturningActor extends ThreadingActor {
        public Object future() {
            return CompletableFuture.completedFuture(1);
        }

        public Object stage() {
            return CompletableFuture.completedFuture(2);
        }

        public Future<Integer> completable() {
            return CompletableFuture.completedFuture(3);
        }

        public Object actorFuture() {
            return CompletableFuture.completedFuture(4);
        }

        public Object actorFutureInside() {
            return ActorFuture.completed(5);
        }

        public Object plainValue() {
            return "plain";
        }
    }

    private final ActorRegistry registry = new ActorRegistry();

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    @Test
    void aDefaultMethodTheActorOverridesRunsInTheActor() {
        ActorRef<DescribedActor> ref = registry.start(new DescribedActor());
        Described proxy = ref.proxy(Described.class);
        String actorThread = proxy.thread().getName();

        assertThat(proxy.describe()).isEqualTo("actor on " + actorThread);
        assertThat(proxy.notOverridden()).isEqualTo("default");
    }

    @Test
    void aDefaultMethodMatchedByAPublicMethodOfAnActorThatDoesNotImplementTheInterfaceRunsInTheActor() {
        Described proxy = registry.start(new LookalikeActor()).proxy(Described.class);

        assertThat(proxy.describe()).isEqualTo("lookalike actor");
        assertThat(proxy.notOverridden()).isEqualTo("default");
    }

    @Test
    void futuresReturnedBehindAnyDeclaredTypeAreFlattenedByTheirRuntimeClass() throws Exception {
        Futures proxy = registry.start(new FutureReturningActor()).proxy(Futures.class);

        assertThat(proxy.future().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(1);
        assertThat(proxy.stage().toCompletableFuture().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(2);
        assertThat(proxy.completable().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(3);
        assertThat(proxy.actorFuture().get(TIMEOUT)).isEqualTo(4);
        assertThat(proxy.actorFutureInside().get(TIMEOUT)).isEqualTo(5);
        assertThat(proxy.plainValue().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("plain");
    }
}
