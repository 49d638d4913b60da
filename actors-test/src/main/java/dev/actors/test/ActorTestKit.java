package dev.actors.test;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that gives each test its own {@link ActorRegistry}, stops every actor
 * of it after the test, and fails the test if one of them died of a failure the test did not
 * expect. Pekko: {@code ActorTestKit}, as its JUnit rule {@code TestKitJunitResource} runs it; Pykka
 * has no test kit.
 *
 * <pre>{@code
 * class GreeterTest {
 *     @RegisterExtension
 *     ActorTestKit kit = new ActorTestKit();
 *
 *     @Test
 *     void greets() {
 *         TestProbe probe = kit.probe();
 *         ActorRef<Greeter> greeter = kit.registry().start(new Greeter());
 *         greeter.tell(new Greet("Ada", probe.ref()));
 *         assertEquals("Hello, Ada!", probe.expectMessage(String.class, Duration.ofSeconds(5)));
 *     }
 * }
 * }</pre>
 *
 * <p>Lifecycle: a new registry before each test, ready in {@code @BeforeEach} methods (this
 * extension's callback runs before them) and usable until the end of {@code @AfterEach}
 * methods. Then every actor of it is stopped, last started first, as
 * {@link ActorRegistry#stopAll(Duration)} does, at most 10 s each: what they
 * still had queued is handled first. The test fails with an {@link AssertionError} naming the
 * actor and carrying its failure as the cause if, during the test or that stop, an actor
 * of the registry died of a failure (a told message that threw, a failing {@code onStart}, a
 * {@link VirtualMachineError}) that was not marked with {@link #expectFailureOf(ActorRef)};
 * it also fails when actors did not stop in time. Exceptions returned to an asker are the
 * test's to check and never fail it here. Only actors started in {@link #registry()} are
 * watched and stopped ({@code Actor.start(...)} uses the default registry: do not use it in
 * tests). The kit's registry runs {@code ThreadingActor}s on daemon threads.
 *
 * <p>Register it on an instance field, {@code @RegisterExtension ActorTestKit kit = new
 * ActorTestKit();}, one kit per test instance. A kit on a {@code static} field serves one test
 * at a time: used by two tests running concurrently, the second fails at once with an
 * {@link IllegalStateException}.
 */
public final class ActorTestKit implements BeforeEachCallback, AfterEachCallback {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private volatile TestRun current;

    /** Creates a kit; register it with {@code @RegisterExtension}. */
    public ActorTestKit() {
    }

    /**
     * The current test's registry: start the actors under test in it.
     *
     * @return the registry of the test that is running
     * @throws IllegalStateException when no test is running with this kit (outside
     *     {@code @BeforeEach}, {@code @Test} and {@code @AfterEach} methods, or when the kit is
     *     not registered with {@code @RegisterExtension})
     */
    public ActorRegistry registry() {
        return run("registry()").registry();
    }

    /**
     * Starts a new {@link TestProbe} in the current test's registry. Pekko:
     * {@code ActorTestKit.createTestProbe()}.
     *
     * @return a probe, stopped with the other actors after the test
     * @throws IllegalStateException when no test is running with this kit
     */
    public TestProbe probe() {
        return new TestProbe(run("probe()").registry());
    }

    /**
     * Marks an actor whose death of a failure is what the test is about, so that it does not
     * fail the test. It may be called before or after the failure. It does not require the
     * failure: assert that it happened in the test (e.g. wait until {@code !ref.isAlive()}).
     *
     * @param ref an actor of this test's registry
     * @throws IllegalStateException when no test is running with this kit
     * @throws NullPointerException if {@code ref} is {@code null}
     */
    public void expectFailureOf(ActorRef<?> ref) {
        Objects.requireNonNull(ref, "ref");
        run("expectFailureOf(ref)").expectFailureOf(ref);
    }

    /**
     * Creates the test's registry.
     *
     * @param context the test's context
     * @throws IllegalStateException if another test is still using this kit
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        TestRun previous = current;
        if (previous != null) {
            throw new IllegalStateException("This ActorTestKit is still in use by " + previous.testName() + " while "
                    + nameOf(context) + " starts: tests that run concurrently need a kit each. Register it "
                    + "on an instance field (@RegisterExtension ActorTestKit kit = new ActorTestKit();), not a static one");
        }
        current = new TestRun(context.getUniqueId(), nameOf(context));
    }

    /**
     * Stops every actor of the test's registry and fails the test if one died of a failure it
     * did not expect.
     *
     * @param context the test's context
     * @throws AssertionError naming each actor that died of an unexpected failure (the first
     *     failure is the cause, the others are suppressed), or the actors that did not stop in time
     */
    @Override
    public void afterEach(ExtensionContext context) {
        TestRun finished = current;
        if (finished == null || !finished.testId().equals(context.getUniqueId())) {
            return; // beforeEach refused this test: another one owns the kit
        }
        current = null;
        finished.finish(STOP_TIMEOUT).ifPresent(error -> {
            throw error;
        });
    }

    private static String nameOf(ExtensionContext context) {
        return context.getTestClass().map(Class::getSimpleName).map(name -> name + ".").orElse("")
                + context.getDisplayName();
    }

    private TestRun run(String method) {
        TestRun run = current;
        if (run == null) {
            throw new IllegalStateException("ActorTestKit." + method + " was called while no test is running with "
                    + "this kit: register it with @RegisterExtension on a field and use it in @BeforeEach, @Test or "
                    + "@AfterEach methods (each test gets a new registry)");
        }
        return run;
    }
}
