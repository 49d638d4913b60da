package dev.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Entities of scripted actors for the entity tests, on one {@link ActorRuntime}: each incarnation
 * keeps the messages it received, loads them in {@code onStart} from {@link #store} and saves them
 * there in {@code onStop} (so a passivated entity comes back with its state), and journals its
 * life. {@code "state"} asks for the messages so far, {@code "boom"} throws (a told one kills the
 * incarnation), a {@link Gate} blocks the handler until opened, a {@link Supplier} is answered with
 * what it supplies in the handler (and not kept).
 */
final class EntityWorld {

    /** A message whose handler signals {@code entered} then waits (bounded) for {@code open}. */
    record Gate(CountDownLatch entered, CountDownLatch open) {
        static Gate create() {
            return new Gate(new CountDownLatch(1), new CountDownLatch(1));
        }
    }

    final ActorRegistry registry = new ActorRegistry();
    /** The state each key's last incarnation saved in its {@code onStop}. */
    final Map<String, List<Object>> store = new ConcurrentHashMap<>();
    /** {@code "start k"}, {@code "stop k"}, {@code "fail k"} in the order they happened (handlers are not journaled). */
    final List<String> journal = new CopyOnWriteArrayList<>();
    /** How many instances the factory built, all keys together. */
    final AtomicInteger builds = new AtomicInteger();
    final Entities<String, RuntimeScriptedActor> entities;
    /** When set, every {@code onStop} counts {@code stopEntered} down and then waits for {@code stopGate}. */
    volatile CountDownLatch stopGate;
    final CountDownLatch stopEntered = new CountDownLatch(1);

    EntityWorld(ActorRuntime runtime, EntitySettings settings) {
        this(runtime, settings, 0);
    }

    /** With entities whose mailboxes hold {@code mailboxCapacity} messages (0: unbounded). */
    EntityWorld(ActorRuntime runtime, EntitySettings settings, int mailboxCapacity) {
        entities = registry.entities(RuntimeScriptedActor.class, key -> {
            builds.incrementAndGet();
            Script script = scriptFor(key);
            return (RuntimeScriptedActor) runtime.create(mailboxCapacity > 0 ? script.mailboxCapacity(mailboxCapacity) : script);
        }, settings);
    }

    private Script scriptFor(String key) {
        List<Object> received = new ArrayList<>(); // this incarnation's, touched by its thread only
        return new Script()
                .onStart(actor -> {
                    received.addAll(store.getOrDefault(key, List.of()));
                    journal.add("start " + key);
                })
                .onReceive((actor, message) -> receive(received, message))
                .onStop(actor -> {
                    store.put(key, List.copyOf(received));
                    CountDownLatch gate = stopGate;
                    if (gate != null) {
                        stopEntered.countDown();
                        awaitQuietly(gate);
                    }
                    journal.add("stop " + key);
                })
                .onFailure((actor, cause) -> journal.add("fail " + key));
    }

    private static Object receive(List<Object> received, Object message) {
        if ("state".equals(message)) {
            return List.copyOf(received);
        }
        if ("boom".equals(message)) {
            throw new IllegalStateException("boom: failure injected by the test");
        }
        if (message instanceof Supplier<?> question) {
            return question.get();
        }
        if (message instanceof Gate gate) {
            gate.entered().countDown();
            awaitQuietly(gate.open());
            return "gate";
        }
        received.add(message);
        return message;
    }

    /** What the key's live incarnation has received, its saved state included (starts it if needed). */
    List<Object> state(String key) {
        return entities.<List<Object>>ask(key, "state").get(Waits.TIMEOUT);
    }

    /** The incarnation of {@code key} live now, found in the registry. */
    ActorRef<RuntimeScriptedActor> liveRef(String key) {
        return registry.getByClass(RuntimeScriptedActor.class).stream()
                .filter(ref -> entities.keyOf(ref).filter(key::equals).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("no live incarnation of " + key));
    }

    long count(String event) {
        return journal.stream().filter(event::equals).count();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(Waits.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("a gate of the test was not opened within " + Waits.TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted at a gate", e);
        }
    }
}
