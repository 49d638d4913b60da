package dev.actors.test;

import dev.actors.ActorRef;
import dev.actors.ActorRegistry;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An actor that records what it is sent, so that a test can give its {@link #ref()} to the
 * actor under test and then expect what that actor sends. Made by {@link ActorTestKit#probe()}
 * in the test's registry, and stopped with it after the test. Pekko: {@code TestProbe}.
 *
 * <p>Every message told or asked to {@link #ref()} is recorded, in arrival order; an ask gets
 * {@code null} as its reply. ({@code ActorProxy} calls on the probe's ref run functions on the
 * probe's actor, a private class: they are not messages and are not recorded.)
 * {@link #expectMessage(Class, Duration)} and {@link #expectNoMessage(Duration)} take the
 * messages one at a time, oldest first, as Pekko's {@code expectMessage} does;
 * {@link #received()} lists every message, taken or not. A failed expectation throws
 * {@link AssertionError} saying what was expected and what came.
 *
 * <p>Expectations are meant for one test thread; the probe itself is thread-safe.
 */
public final class TestProbe {

    private static final int MESSAGES_SHOWN = 20;

    private final BlockingQueue<Object> untaken = new LinkedBlockingQueue<>();
    private final List<Object> received = new CopyOnWriteArrayList<>();
    private final ActorRef<ProbeActor> ref;

    TestProbe(ActorRegistry registry) {
        // received first: once an expectation has taken a message, received() shows it.
        ref = registry.start(new ProbeActor(message -> {
            received.add(message);
            untaken.add(message);
        }));
    }

    /**
     * The probe's ref, to give to the actors under test. Pekko: {@code TestProbe.ref}.
     *
     * @return the ref of the probe's actor
     */
    public ActorRef<?> ref() {
        return ref;
    }

    /**
     * Takes the oldest message not yet taken, waiting at most {@code timeout} for one, and
     * checks its type. Pekko: {@code TestProbe.expectMessageClass(Class, Duration)}.
     *
     * @param type the class the message must be an instance of (a primitive type matches its
     *     wrapper)
     * @param timeout how long to wait for a message; {@code Duration.ZERO} only looks at what
     *     has already arrived
     * @param <T> the message's type
     * @return the message
     * @throws AssertionError if no message came in time, or the one that came is not a {@code type}
     * @throws IllegalArgumentException if {@code timeout} is negative
     * @throws NullPointerException if {@code type} or {@code timeout} is {@code null} (every
     *     wait in a test has a bound)
     */
    public <T> T expectMessage(Class<T> type, Duration timeout) {
        Objects.requireNonNull(type, "type");
        Object message = take(timeout, "expectMessage");
        String expected = this + ": expected a message of type " + type.getName() + " within " + timeout;
        if (message == null) {
            throw new AssertionError(expected + ", but none came; " + history());
        }
        if (!MethodType.methodType(type).wrap().returnType().isInstance(message)) {
            throw new AssertionError(expected + ", but got " + describe(message) + "; " + history());
        }
        @SuppressWarnings("unchecked") // checked above, against the wrapper for primitive types
        T typed = (T) message;
        return typed;
    }

    /**
     * Checks that no message arrives within {@code within}, counting those that arrived before
     * and were not taken yet. Pekko: {@code TestProbe.expectNoMessage(Duration)}.
     *
     * @param within how long to watch; {@code Duration.ZERO} only looks at what has already
     *     arrived
     * @throws AssertionError if a message came, naming it
     * @throws IllegalArgumentException if {@code within} is negative
     * @throws NullPointerException if {@code within} is {@code null}
     */
    public void expectNoMessage(Duration within) {
        Object message = take(within, "expectNoMessage");
        if (message != null) {
            throw new AssertionError(this + ": expected no message within " + within + ", but got "
                    + describe(message) + "; " + history());
        }
    }

    /**
     * Every message the probe has received so far, in arrival order, whether or not an
     * expectation took it. Reading them takes none (Pekko's {@code receiveMessages} takes them).
     *
     * @return an unmodifiable snapshot
     */
    public List<Object> received() {
        return List.copyOf(received);
    }

    /** {@code TestProbe(ProbeActor (urn:uuid:...))}. */
    @Override
    public String toString() {
        return "TestProbe(" + ref + ")";
    }

    private Object take(Duration timeout, String method) {
        Objects.requireNonNull(timeout, () -> "TestProbe." + method + " needs a timeout: every wait in a test has a bound");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("TestProbe." + method + " got a negative timeout: " + timeout);
        }
        try {
            // convert() saturates: a huge Duration waits "forever" instead of overflowing.
            return untaken.poll(TimeUnit.NANOSECONDS.convert(timeout), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(this + " was interrupted in " + method + " after " + history(), interrupted);
        }
    }

    private String history() {
        List<Object> all = received();
        if (all.isEmpty()) {
            return "it has received nothing";
        }
        List<String> shown = all.stream().limit(MESSAGES_SHOWN).map(TestProbe::describe).toList();
        return "it has received " + all.size() + " message(s) in all, in order: " + shown
                + (all.size() > MESSAGES_SHOWN ? " and " + (all.size() - MESSAGES_SHOWN) + " more" : "");
    }

    private static String describe(Object message) {
        return message.getClass().getName() + " " + message;
    }
}
