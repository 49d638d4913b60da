package dev.actors.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs sample test classes (the nested {@code ...Case} classes, which Surefire does not run on
 * their own) with JUnit's {@link EngineTestKit} and checks what the kit made of them.
 */
class ActorTestKitTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @BeforeEach
    void forgetEarlierRuns() {
        Scripted.stops.clear();
        Scripted.released = new CountDownLatch(0);
        RegistryPerTestCase.registries.clear();
    }

    static class UnexpectedFailureCase {
        @RegisterExtension
        ActorTestKit kit = new ActorTestKit();

        @Test
        void tellsAFailingMessage() throws Exception {
            ActorRef<Scripted> worker = kit.registry().start(new Scripted("worker"));
            worker.tell("boom");
            worker.stopAsync().get(WAIT); // the failure has happened: the test body passes
        }
    }

    @Test
    void anActorThatDiesOfAnUnexpectedFailureFailsTheTest() {
        Throwable failure = theOnlyFailureOf(UnexpectedFailureCase.class);

        assertThat(failure).isInstanceOf(AssertionError.class)
                .hasMessageMatching("1 actor\\(s\\) died during UnexpectedFailureCase.tellsAFailingMessage\\(\\) of a "
                        + "failure the test did not expect: Scripted \\(urn:uuid:[-0-9a-f]+\\) died of "
                        + "java.lang.IllegalStateException: worker went boom\\. Fix the cause, or, if the test is about "
                        + "that failure, call kit.expectFailureOf\\(ref\\) for the actor in the test")
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("worker went boom");
    }

    static class ExpectedFailureCase {
        @RegisterExtension
        ActorTestKit kit = new ActorTestKit();

        @Test
        void expectsTheFailure() {
            ActorRef<Scripted> worker = kit.registry().start(new Scripted("worker"));
            kit.expectFailureOf(worker);
            worker.tell("boom");
        }
    }

    @Test
    void anExpectedFailureDoesNotFailTheTest() {
        events(ExpectedFailureCase.class).assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    static class FailureAfterTheTestBodyCase {
        @RegisterExtension
        ActorTestKit kit = new ActorTestKit();

        @Test
        void leavesAFailingMessageQueued() {
            Scripted.released = new CountDownLatch(1);
            ActorRef<Scripted> worker = kit.registry().start(new Scripted("late"));
            worker.tell("hold");
            worker.tell("boom");
        }

        @AfterEach
        void release() {
            Scripted.released.countDown(); // the kit's stop comes after this, behind "boom"
        }
    }

    @Test
    void aFailureOfAMessageStillQueuedWhenTheTestReturnsFailsItToo() {
        Throwable failure = theOnlyFailureOf(FailureAfterTheTestBodyCase.class);

        assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining("late went boom");
    }

    static class FailingOnStartCase {
        @RegisterExtension
        ActorTestKit kit = new ActorTestKit();

        @Test
        void startsAnActorWhoseOnStartThrows() {
            kit.registry().start(new Scripted("starter", true));
        }
    }

    @Test
    void aFailingOnStartFailsTheTest() {
        assertThat(theOnlyFailureOf(FailingOnStartCase.class)).isInstanceOf(AssertionError.class)
                .cause().hasMessage("starter cannot start");
    }

    static class TwoUnexpectedFailuresCase {
        @RegisterExtension
        ActorTestKit kit = new ActorTestKit();

        @Test
        void failsTwice() {
            kit.registry().start(new Scripted("first")).tell("boom");
            kit.registry().start(new Scripted("second")).tell("boom");
        }
    }

    @Test
    void everyUnexpectedFailureIsReported() {
        Throwable failure = theOnlyFailureOf(TwoUnexpectedFailuresCase.class);

        assertThat(failure).hasMessageStartingWith("2 actor(s) died during")
                .hasMessageContaining("first went boom").hasMessageContaining("second went boom");
        assertThat(List.of(failure.getCause().getMessage(), failure.getSuppressed()[0].getMessage()))
                .containsExactlyInAnyOrder("first went boom", "second went boom");
    }

    static class FailedAskCase {
        @RegisterExtension
        ActorTestKit kit = new ActorTestKit();

        @Test
        void asksAFailingMessage() {
            ActorRef<Scripted> worker = kit.registry().start(new Scripted("asked"));
            assertThatThrownBy(() -> worker.ask("boom").get(WAIT)).hasMessage("asked went boom");
        }
    }

    @Test
    void anExceptionReturnedToAnAskerIsTheTestsToCheck() {
        events(FailedAskCase.class).assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    static class LeavesActorsRunningCase {
        static final List<ActorRef<?>> started = new CopyOnWriteArrayList<>();

        @RegisterExtension
        ActorTestKit kit = new ActorTestKit();

        @Test
        void startsThreeActors() {
            started.add(kit.registry().start(new Scripted("one")));
            started.add(kit.registry().start(new Scripted("two")));
            started.add(kit.probe().ref());
            kit.registry().start(new Scripted("three")).tell("queued before the stop");
        }
    }

    @Test
    void everyActorIsStoppedAfterTheTestLastStartedFirst() {
        LeavesActorsRunningCase.started.clear();

        events(LeavesActorsRunningCase.class).assertStatistics(stats -> stats.started(1).succeeded(1));

        assertThat(Scripted.stops).containsExactly("three", "two", "one");
        assertThat(LeavesActorsRunningCase.started).noneMatch(ActorRef::isAlive);
    }

    static class RegistryPerTestCase {
        static final List<ActorRegistry> registries = new CopyOnWriteArrayList<>();

        @RegisterExtension
        static ActorTestKit kit = new ActorTestKit(); // static on purpose: the kit is reused, the registry is not

        @BeforeEach
        void startInBeforeEach() {
            kit.registry().start(new Scripted("from @BeforeEach"));
        }

        @Test
        void first() {
            check();
        }

        @Test
        void second() {
            check();
        }

        private static void check() {
            assertThat(kit.registry().getAll()).hasSize(1);
            registries.add(kit.registry());
        }
    }

    @Test
    void eachTestGetsANewRegistryReadyInBeforeEach() {
        events(RegistryPerTestCase.class).assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(RegistryPerTestCase.registries).hasSize(2).doesNotHaveDuplicates()
                .noneMatch(registry -> registry == ActorRegistry.getDefault())
                .allSatisfy(registry -> assertThat(registry.getAll()).isEmpty());
    }

    @Test
    void outsideATestTheKitSaysHowToUseIt() {
        ActorTestKit unregistered = new ActorTestKit();

        assertThatThrownBy(unregistered::registry).isInstanceOf(IllegalStateException.class)
                .hasMessage("ActorTestKit.registry() was called while no test is running with this kit: register it "
                        + "with @RegisterExtension on a field and use it in @BeforeEach, @Test or @AfterEach methods "
                        + "(each test gets a new registry)");
        assertThatThrownBy(unregistered::probe).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("ActorTestKit.probe() was called while no test is running");
    }

    @Test
    void aKitSharedByTestsRunningConcurrentlyRefusesTheSecondAndKeepsTheFirstsRegistry() {
        ActorTestKit shared = new ActorTestKit();
        ExtensionContext first = testContext("[test:first]", "first()");
        ExtensionContext second = testContext("[test:second]", "second()");
        shared.beforeEach(first);
        ActorRegistry firstsRegistry = shared.registry();

        assertThatThrownBy(() -> shared.beforeEach(second)).isInstanceOf(IllegalStateException.class)
                .hasMessage("This ActorTestKit is still in use by ActorTestKitTest.first() while "
                        + "ActorTestKitTest.second() starts: tests that run concurrently need a kit each. Register it on "
                        + "an instance field (@RegisterExtension ActorTestKit kit = new ActorTestKit();), not a static one");
        shared.afterEach(second);

        assertThat(shared.registry()).isSameAs(firstsRegistry);
        shared.afterEach(first);
        assertThatThrownBy(shared::registry).isInstanceOf(IllegalStateException.class);
    }

    /** The three things the kit reads from JUnit's context; a real one needs a running engine. */
    private static ExtensionContext testContext(String uniqueId, String displayName) {
        return (ExtensionContext) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getUniqueId" -> uniqueId;
                    case "getDisplayName" -> displayName;
                    case "getTestClass" -> Optional.of(ActorTestKitTest.class);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Events events(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
    }

    private static Throwable theOnlyFailureOf(Class<?> testClass) {
        Events events = events(testClass);
        events.assertStatistics(stats -> stats.started(1).failed(1));
        return events.failed().list().getFirst().getRequiredPayload(TestExecutionResult.class).getThrowable()
                .orElseThrow();
    }
}
