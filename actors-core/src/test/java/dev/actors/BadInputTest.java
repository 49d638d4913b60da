package dev.actors;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Every kind of bad input fails with the documented exception type and a message that names the problem. */
class BadInputTest {

    private static final Duration NEGATIVE = Duration.ofSeconds(-1);

    interface TwoMissing {
        String existing();

        void firstMissing();

        int secondMissing(String s);
    }

    interface NotPublicInActor {
        String packagePrivate();
    }

    interface WrongParameterTypes {
        String existing(int surplus);
    }

    static final class Target extends ThreadingActor {
        public String existing() {
            return "exists";
        }

        String packagePrivate() {
            return "not public";
        }
    }

    /** The actors a case may need: a live one, a dead one, and the started instance of the live one. */
    record Fixture(ActorRegistry registry, Target started, ActorRef<Target> live, ActorRef<Target> dead) {
    }

    /** One row: what is wrong, what the caller does, the exception type, and alternatives of which the message must name one each. */
    record Case(String problem, Action action, Class<? extends Throwable> type, List<List<String>> names) {
        @Override
        public String toString() {
            return problem;
        }
    }

    @FunctionalInterface
    interface Action {
        void run(Fixture fixture) throws Exception;
    }

    private final ActorRegistry registry = new ActorRegistry();
    private final Target started = new Target();
    private final Fixture fixture = new Fixture(registry, started, registry.start(started), startDead(registry));

    private static ActorRef<Target> startDead(ActorRegistry registry) {
        ActorRef<Target> ref = registry.start(new Target());
        ref.stop(TIMEOUT);
        return ref;
    }

    @AfterEach
    void stopAll() {
        registry.stopAll(TIMEOUT);
    }

    private static Case badInput(String problem, Action action, Class<? extends Throwable> type, List<List<String>> names) {
        return new Case(problem, action, type, names);
    }

    private static List<String> anyOf(String... alternatives) {
        return List.of(alternatives);
    }

    private static ThreadingFuture<Object> completedWith(Object value) {
        ThreadingFuture<Object> future = new ThreadingFuture<>();
        future.set(value);
        return future;
    }

    static Stream<Case> cases() {
        List<List<String>> negative = List.of(anyOf("negative", "-1"));
        List<List<String>> alreadyCompleted = List.of(anyOf("already", "complete"));
        List<List<String>> notIterable = List.of(anyOf("Integer"), anyOf("Iterable"));
        return Stream.of(
                badInput("tell(null)", f -> f.live().tell(null), NullPointerException.class, List.of(anyOf("message"))),
                badInput("ask(null)", f -> f.live().ask(null), NullPointerException.class, List.of(anyOf("message"))),
                badInput("get(negative timeout)", f -> completedWith(1).get(NEGATIVE), IllegalArgumentException.class, negative),
                badInput("stop(negative timeout)", f -> f.live().stop(NEGATIVE), IllegalArgumentException.class, negative),
                badInput("stopAll(negative timeout)", f -> f.registry().stopAll(NEGATIVE), IllegalArgumentException.class, negative),
                badInput("setAskTimeout(negative)", f -> f.registry().setAskTimeout(NEGATIVE), IllegalArgumentException.class, negative),
                badInput("getAll(negative timeout)", f -> ActorFuture.getAll(List.of(completedWith(1)), NEGATIVE),
                        IllegalArgumentException.class, negative),
                badInput("proxy(interface with methods the actor lacks)", f -> f.live().proxy(TwoMissing.class),
                        IllegalArgumentException.class, List.of(anyOf("firstMissing"), anyOf("secondMissing"), anyOf("Target"))),
                badInput("proxy(interface whose method is not public on the actor)", f -> f.live().proxy(NotPublicInActor.class),
                        IllegalArgumentException.class, List.of(anyOf("packagePrivate"))),
                badInput("proxy(interface whose parameter types differ)", f -> f.live().proxy(WrongParameterTypes.class),
                        IllegalArgumentException.class, List.of(anyOf("existing"))),
                badInput("proxy(a class, not an interface)", f -> f.live().proxy(String.class),
                        IllegalArgumentException.class, List.of(anyOf("String"), anyOf("interface"))),
                badInput("starting an actor twice", f -> f.registry().start(f.started()),
                        IllegalStateException.class, List.of(anyOf("Target"))),
                badInput("starting a started actor in another registry", f -> new ActorRegistry().start(f.started()),
                        IllegalStateException.class, List.of(anyOf("Target"))),
                badInput("proxy() of a dead actor", f -> f.dead().proxy(),
                        ActorDeadException.class, List.of(anyOf("not found"), anyOf("Target (urn:uuid:"))),
                badInput("proxy(Class) of a dead actor", f -> f.dead().proxy(TwoMissing.class),
                        ActorDeadException.class, List.of(anyOf("not found"), anyOf("Target (urn:uuid:"))),
                badInput("tell to a dead actor", f -> f.dead().tell("message"),
                        ActorDeadException.class, List.of(anyOf("not found"), anyOf("Target (urn:uuid:"))),
                badInput("set twice", f -> completedWith(1).set(2), IllegalStateException.class, alreadyCompleted),
                badInput("setException after set", f -> completedWith(1).setException(new IllegalStateException()),
                        IllegalStateException.class, alreadyCompleted),
                badInput("setGetHook after set", f -> completedWith(1).setGetHook(timeout -> 2),
                        IllegalStateException.class, alreadyCompleted),
                badInput("filter of a non-iterable value", f -> completedWith(1).filter(x -> true).get(TIMEOUT),
                        ClassCastException.class, notIterable),
                badInput("reduce of a non-iterable value", f -> completedWith(1).<Integer>reduce(Integer::sum).get(TIMEOUT),
                        ClassCastException.class, notIterable),
                badInput("reduce with initial value of a non-iterable value", f -> completedWith(1).reduce(Integer::sum, 0).get(TIMEOUT),
                        ClassCastException.class, notIterable),
                badInput("map(null)", f -> completedWith(1).map(null), NullPointerException.class, List.of(anyOf("map"))),
                badInput("filter(null)", f -> completedWith(List.of()).filter(null),
                        NullPointerException.class, List.of(anyOf("filter"))),
                badInput("reduce(null)", f -> completedWith(List.of()).reduce(null),
                        NullPointerException.class, List.of(anyOf("reduce"))),
                badInput("reduce(null, initial)", f -> completedWith(List.of()).reduce(null, 0),
                        NullPointerException.class, List.of(anyOf("reduce"))),
                badInput("join((ActorFuture) null)", f -> completedWith(1).join((ActorFuture<?>) null),
                        NullPointerException.class, List.of(anyOf("join"), anyOf("others[0]"))),
                badInput("join((ActorFuture[]) null)", f -> completedWith(1).join((ActorFuture<?>[]) null),
                        NullPointerException.class, List.of(anyOf("join"))),
                badInput("join with a null element", f -> completedWith(1).join(completedWith(2), null),
                        NullPointerException.class, List.of(anyOf("join"), anyOf("others[1]"))),
                badInput("setGetHook on a derived future", f -> completedWith(1).map(x -> x).setGetHook(timeout -> 2),
                        IllegalStateException.class, List.of(anyOf("derived"))),
                badInput("getAll with a null element", f -> ActorFuture.getAll(java.util.Arrays.asList(completedWith(1), null), TIMEOUT),
                        NullPointerException.class, List.of(anyOf("getAll"), anyOf("index 1"))),
                badInput("reduce of an empty iterable without initial value",
                        f -> completedWith(List.of()).<Integer>reduce(Integer::sum).get(TIMEOUT),
                        java.util.NoSuchElementException.class, List.of(anyOf("empty"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithAClearException(Case badInput) {
        Throwable thrown = catchThrowable(() -> badInput.action().run(fixture));

        assertThat(thrown).as(badInput.problem()).isInstanceOf(badInput.type());
        assertThat(thrown.getMessage()).as("message of %s", thrown).isNotBlank();
        for (List<String> alternatives : badInput.names()) {
            assertThat(alternatives).as("message \"%s\" names one of %s", thrown.getMessage(), alternatives)
                    .anyMatch(name -> thrown.getMessage().toLowerCase().contains(name.toLowerCase()));
        }
    }
}
