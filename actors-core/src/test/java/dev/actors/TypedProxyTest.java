package dev.actors;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.actors.Waits.TIMEOUT;
import static dev.actors.Waits.awaitLatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Typed interface proxies ({@code ref.proxy(Class)}): dispatch by return type, default methods, identity.
 * The interfaces and the actor are deliberately not public. Replaces Pykka's attribute proxies
 * ({@code tests/proxy/test_typed_proxy.py}, {@code test_attribute_access.py}, {@code test_mocking.py}).
 */
class TypedProxyTest {

    interface Calculator {
        int add(int a, int b);

        ActorFuture<Integer> addAsync(int a, int b);

        CompletableFuture<Integer> addCompletable(int a, int b);

        CompletionStage<Integer> addStage(int a, int b);

        Future<Integer> addFuture(int a, int b);

        ActorFuture<Integer> squareLater(int x);

        CompletionStage<Integer> squareViaActorFuture(int x);

        void record(String entry);

        List<String> records();

        Thread thread();

        default int addThrice(int a) {
            return add(add(a, a), a);
        }

        default Thread callerThread() {
            return Thread.currentThread();
        }

        static Calculator notMatchedAgainstTheActor() {
            return null;
        }
    }

    interface ScientificCalculator extends Calculator {
        int multiply(int a, int b);
    }

    private interface Recorder {
        void record(String entry);

        List<String> records();
    }

    static class CalculatorActor extends ThreadingActor {
        final List<String> records = new CopyOnWriteArrayList<>();
        final AtomicInteger invocations = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        public int add(int a, int b) {
            invocations.incrementAndGet();
            return a + b;
        }

        public int addAsync(int a, int b) {
            return add(a, b);
        }

        public int addCompletable(int a, int b) {
            return add(a, b);
        }

        public int addStage(int a, int b) {
            return add(a, b);
        }

        public int addFuture(int a, int b) {
            return add(a, b);
        }

        public CompletableFuture<Integer> squareLater(int x) {
            return Waits.inNewThread(() -> x * x);
        }

        public ActorFuture<Integer> squareViaActorFuture(int x) {
            return ActorFuture.completed(x * x);
        }

        public void record(String entry) {
            invocations.incrementAndGet();
            records.add(entry);
        }

        public List<String> records() {
            return List.copyOf(records);
        }

        public Thread thread() {
            return Thread.currentThread();
        }

        public int multiply(int a, int b) {
            return a * b;
        }

        public String block() {
            entered.countDown();
            awaitLatch(release);
            return "released";
        }
    }

    static final class OverridingCalculatorActor extends CalculatorActor {
        @Override
        public int add(int a, int b) {
            return 1000 + a + b;
        }
    }

    interface Blocking {
        String block();
    }

    private final ActorRegistry registry = new ActorRegistry();
    private final CalculatorActor actor = new CalculatorActor();
    private final ActorRef<CalculatorActor> ref = registry.start(actor);
    private final Calculator calculator = ref.proxy(Calculator.class);

    @AfterEach
    void stopAll() {
        actor.release.countDown();
        registry.stopAll(TIMEOUT);
    }

    @Test
    void otherReturnTypesBlockForTheReplyFromTheActorsThread() {
        assertThat(calculator.add(2, 3)).isEqualTo(5);
        assertThat(calculator.thread()).isNotSameAs(Thread.currentThread());
        assertThat(calculator.thread().getName()).contains("CalculatorActor");
    }

    @Test
    void futureReturnTypesAreAsynchronous() throws Exception {
        assertThat(calculator.addAsync(1, 2).get(TIMEOUT)).isEqualTo(3);
        assertThat(calculator.addCompletable(1, 2).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(3);
        assertThat(calculator.addStage(1, 2).toCompletableFuture().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(3);
        assertThat(calculator.addFuture(1, 2).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(3);
    }

    /** Keeps the actor busy in {@code block()} until {@code actor.release}; the returned future holds its reply. */
    private CompletableFuture<String> blockTheActor() {
        Blocking blocking = ref.proxy(Blocking.class);
        CompletableFuture<String> blocked = Waits.inNewThread(blocking::block);
        awaitLatch(actor.entered);
        return blocked;
    }

    @Test
    void asynchronousCallsDoNotWaitForTheActor() {
        CompletableFuture<String> blocked = blockTheActor();

        ActorFuture<Integer> queued = calculator.addAsync(1, 2);

        assertThat(queued.isDone()).isFalse();
        actor.release.countDown();
        assertThat(queued.get(TIMEOUT)).isEqualTo(3);
        assertThat(blocked.orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join()).isEqualTo("released");
    }

    @Test
    void aFutureReturnedByTheActorMethodIsFlattened() throws Exception {
        assertThat(calculator.squareLater(7).get(TIMEOUT)).isEqualTo(49);
        assertThat(calculator.squareViaActorFuture(6).toCompletableFuture().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(36);
    }

    @Test
    void voidMethodsAreFireAndForgetInMailboxOrder() {
        calculator.record("one");
        calculator.record("two");

        assertThat(calculator.records()).containsExactly("one", "two");
    }

    @Test
    void voidMethodsDoNotWaitForTheActor() {
        CompletableFuture<String> blocked = blockTheActor();

        calculator.record("while blocked");

        assertThat(actor.records).isEmpty();
        actor.release.countDown();
        blocked.orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join();
        assertThat(calculator.records()).containsExactly("while blocked");
    }

    @Test
    void blockingCallsTimeOutAfterTheRegistrysAskTimeoutReadAtEachCall() {
        Blocking blocking = ref.proxy(Blocking.class);
        registry.setAskTimeout(Duration.ofMillis(100));

        assertThatThrownBy(blocking::block).isInstanceOf(ActorTimeoutException.class);

        registry.setAskTimeout(TIMEOUT);
        actor.release.countDown();
        assertThat(blocking.block()).isEqualTo("released");
    }

    @Test
    void defaultMethodsRunOnTheCallersSide() {
        assertThat(calculator.callerThread()).isSameAs(Thread.currentThread());
        assertThat(calculator.addThrice(2)).isEqualTo(6);
    }

    @Test
    void inheritedInterfaceMethodsAreMatchedToo() {
        ScientificCalculator scientific = ref.proxy(ScientificCalculator.class);

        assertThat(scientific.multiply(3, 4)).isEqualTo(12);
        assertThat(scientific.add(3, 4)).isEqualTo(7);
    }

    @Test
    void privateInterfacesCanBeProxied() {
        Recorder recorder = ref.proxy(Recorder.class);

        recorder.record("private");

        assertThat(recorder.records()).containsExactly("private");
    }

    @Test
    void anOverridingSubclassIsCalledDynamically() {
        Calculator overriding = registry.start(new OverridingCalculatorActor()).proxy(Calculator.class);

        assertThat(overriding.add(1, 2)).isEqualTo(1003);
    }

    @Test
    void makingAProxyInvokesNoActorMethod() {
        ref.proxy(Calculator.class);
        ref.proxy(Recorder.class);
        ref.ask("sync").get(TIMEOUT);

        assertThat(actor.invocations).hasValue(0);
    }

    @Test
    void proxiesAreEqualForTheSameActorAndInterface() {
        Calculator again = ref.proxy(Calculator.class);
        Calculator otherActor = registry.start(new CalculatorActor()).proxy(Calculator.class);
        Recorder otherInterface = ref.proxy(Recorder.class);

        assertThat(calculator).isEqualTo(again).hasSameHashCodeAs(again);
        assertThat(calculator).isNotEqualTo(otherActor).isNotEqualTo(otherInterface).isNotEqualTo(ref.proxy());
    }

    @Test
    void objectMethodsAnswerOnTheCallersSideEvenWhileTheActorIsBusy() {
        blockTheActor();
        registry.setAskTimeout(Duration.ofMillis(100));

        assertThat(calculator.toString()).contains("CalculatorActor").contains(ref.actorUrn());
        assertThat(calculator.hashCode()).isEqualTo(ref.proxy(Calculator.class).hashCode());
        assertThat(calculator.equals(calculator)).isTrue();
    }

    interface Incrementer {
        int increment();
    }

    /** Tries a blocking typed-proxy call to itself on any message, and reports whether it was refused. */
    static final class SelfIncrementer extends VirtualThreadActor implements Incrementer {
        int increments;

        @Override
        public int increment() {
            return ++increments;
        }

        @Override
        protected Object onReceive(Object message) {
            try {
                return actorRef().proxy(Incrementer.class).increment();
            } catch (IllegalStateException refused) {
                return "refused";
            }
        }
    }

    @Test
    void aRefusedBlockingCallToItselfIsNeverRunLater() {
        ActorRef<SelfIncrementer> ref = registry.start(new SelfIncrementer());

        assertThat(ref.ask("try").get(TIMEOUT)).isEqualTo("refused");

        assertThat(ref.proxy(Incrementer.class).increment()).as("only this call ran").isEqualTo(1);
    }
}
