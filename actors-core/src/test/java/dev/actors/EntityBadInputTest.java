package dev.actors;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.actors.Waits.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every misuse of {@link Entities}, {@link EntityRef} and {@link EntitySettings} fails with the
 * exception and message listed in {@code docs/errors.md} (the rows name these cases).
 */
class EntityBadInputTest {

    private final Fixture fixture = new Fixture(new ActorRegistry());

    /** An entity kind whose factory builds a fresh actor. */
    static final class Account extends VirtualThreadActor {
    }

    /** One row: what is wrong, what the caller does, the exception type, and its message (a prefix when it ends with "..."). */
    record Case(String problem, Action action, Class<? extends Throwable> type, String message) {
        @Override
        public String toString() {
            return problem;
        }
    }

    @FunctionalInterface
    interface Action {
        void run(Fixture fixture) throws Exception;
    }

    /** A registry, with an actor already started in it. */
    record Fixture(ActorRegistry registry, Account started) {
        Fixture(ActorRegistry registry) {
            this(registry, new Account());
            registry.start(started);
        }

        Entities<String, Account> accounts() {
            return registry.entities(Account.class, key -> new Account(), EntitySettings.defaults());
        }

        Entities<String, Account> accounts(java.util.function.Function<String, Account> factory) {
            return registry.entities(Account.class, factory, EntitySettings.defaults());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Stream<Case> cases() {
        String nullKey = "The key of an entity must not be null (the Account entities): pass the id or name the entity "
                + "stands for";
        String nullMessage = "message must not be null: send an object (a record or enum is typical)";
        return Stream.of(
                new Case("ref(null key)", f -> f.accounts().ref(null), NullPointerException.class, nullKey),
                new Case("tell(null key, message)", f -> f.accounts().tell(null, "m"), NullPointerException.class, nullKey),
                new Case("ask(null key, message)", f -> f.accounts().ask(null, "m"), NullPointerException.class, nullKey),
                new Case("tell(key, null)", f -> f.accounts().tell("a", null), NullPointerException.class, nullMessage),
                new Case("ask(key, null)", f -> f.accounts().ask("a", null), NullPointerException.class, nullMessage),
                new Case("EntityRef.tell(null)", f -> f.accounts().ref("a").tell(null), NullPointerException.class, nullMessage),
                new Case("EntityRef.ask(null)", f -> f.accounts().ref("a").ask(null), NullPointerException.class, nullMessage),
                new Case("EntityRef.proxy(null)", f -> f.accounts().ref("a").proxy(null), NullPointerException.class, "api"),
                new Case("factory returns null",
                        f -> f.accounts(key -> null).ask("acc-1", "m").get(TIMEOUT),
                        IllegalStateException.class, "The factory of the Account entities returned null for the key acc-1: "
                                + "return a new actor instance from each call"),
                new Case("factory returns a started actor",
                        f -> f.accounts(key -> f.started()).ask("acc-1", "m").get(TIMEOUT),
                        IllegalStateException.class, "The factory of the Account entities returned Account (urn:uuid:..."),
                new Case("factory returns another class (raw types)",
                        f -> f.registry().entities((Class) Account.class, key -> new Stranger(),
                                EntitySettings.defaults()).ask("acc-1", "m").get(TIMEOUT),
                        IllegalStateException.class, "The factory of the Account entities returned a "
                                + Stranger.class.getName() + " for the key acc-1, not a " + Account.class.getName()),
                new Case("factory throws", f -> f.accounts(key -> {
                    throw new IllegalArgumentException("no such account: " + key);
                }).ask("acc-1", "m").get(TIMEOUT), IllegalArgumentException.class,
                        "no such account: acc-1"),
                new Case("withIdleTimeout(negative)", f -> EntitySettings.defaults().withIdleTimeout(Duration.ofSeconds(-1)),
                        IllegalArgumentException.class, "EntitySettings.withIdleTimeout: must not be negative, got PT-1S "
                                + "(Duration.ZERO never passivates for idleness)"),
                new Case("withIdleTimeout(null)", f -> EntitySettings.defaults().withIdleTimeout(null),
                        NullPointerException.class, "idleTimeout"),
                new Case("withMaxLive(0)", f -> EntitySettings.defaults().withMaxLive(0), IllegalArgumentException.class,
                        "EntitySettings.withMaxLive: must be at least 1, got 0"),
                new Case("entities(null type, ...)", f -> f.registry().entities(null, key -> new Account(), EntitySettings.defaults()),
                        NullPointerException.class, "type"),
                new Case("entities(type, null factory, ...)", f -> f.registry().entities(Account.class, null, EntitySettings.defaults()),
                        NullPointerException.class, "factory"),
                new Case("entities(type, factory, null settings)", f -> f.registry().entities(Account.class, key -> new Account(), null),
                        NullPointerException.class, "settings"),
                new Case("keyOf(null)", f -> f.accounts().keyOf(null), NullPointerException.class, "ref"));
    }

    /** An actor of another class than the entity kind. */
    static final class Stranger extends VirtualThreadActor {
    }

    @AfterEach
    void stopAll() {
        fixture.registry().stopAll(TIMEOUT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithAClearException(Case badInput) {
        Throwable thrown = catchThrowable(() -> badInput.action().run(fixture));

        assertThat(thrown).as(badInput.problem()).isInstanceOf(badInput.type());
        if (badInput.message().endsWith("...")) {
            assertThat(thrown).hasMessageStartingWith(badInput.message().substring(0, badInput.message().length() - 3));
        } else {
            assertThat(thrown).hasMessage(badInput.message());
        }
    }
}
