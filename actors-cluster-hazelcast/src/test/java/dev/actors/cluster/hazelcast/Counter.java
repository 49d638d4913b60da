package dev.actors.cluster.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import dev.actors.VirtualThreadActor;
import dev.actors.cluster.hazelcast.spring.ClusteredEntity;
import dev.actors.spring.Actor;
import dev.actors.spring.EntityKey;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.context.annotation.Scope;

/**
 * A test entity: counts, remembers the sequence numbers it was sent per sender, and keeps a
 * cluster-wide activation count per key in a shared IMap (incremented in onStart, decremented in
 * onStop), recording any moment two incarnations of one key are live. Also an entity bean, for the
 * Spring contexts' tests: a prototype {@code @Actor @ClusteredEntity} whose key comes from its
 * {@code @EntityKey} parameter, the member and the store from the context.
 */
@Actor
@Scope("prototype")
@ClusteredEntity
class Counter extends VirtualThreadActor implements CounterApi {

    /** Keys seen live on two members (or twice) at once, with where: must stay empty. */
    static final Queue<String> DOUBLE_ACTIVATIONS = new ConcurrentLinkedQueue<>();
    /** Sequence numbers seen out of order: must stay empty. */
    static final Queue<String> OUT_OF_ORDER = new ConcurrentLinkedQueue<>();

    record Add(int amount) implements Serializable {
    }

    record Get() implements Serializable {
    }

    /** Not Java-serializable: travels by Hazelcast's zero-config Compact serialization (a record of supported fields). */
    record CompactAdd(int amount) {
    }

    record WhereAreYou() implements Serializable {
    }

    /** A numbered message from one sender thread: numbers must arrive increasing per sender. */
    record Numbered(String sender, long number) implements Serializable {
    }

    record Fail(String why) implements Serializable {
    }

    /** Answered with a value that cannot be serialized. */
    record Opaque() implements Serializable {
    }

    /**
     * Not serializable: not {@link Serializable}, and a field Hazelcast's zero-config Compact
     * serialization cannot handle (a plain class of supported fields would be serialized by it).
     */
    static final class Unserializable {
        final Object handle = new Object();
    }

    private final String key;
    private final HazelcastInstance member;
    private final IMap<String, HashSet<String>> activations;
    private final IMap<String, Long> sequences;
    private final EntityStateStore<String, Integer> store;
    private int count;

    Counter(@EntityKey String key, HazelcastInstance member, EntityStateStore<String, Integer> store) {
        this.key = key;
        this.member = member;
        this.activations = member.getMap("test.activations");
        this.sequences = member.getMap("test.sequences");
        this.store = store;
    }

    @Override
    protected void onStart() {
        String self = member.getCluster().getLocalMember().getUuid().toString();
        Set<String> before = activations.executeOnKey(key, new Activation(self, true));
        Set<String> members = new HashSet<>();
        member.getCluster().getMembers().forEach(m -> members.add(m.getUuid().toString()));
        for (String other : before) {
            if (members.contains(other)) { // a crashed member's abandoned incarnations do not count
                DOUBLE_ACTIVATIONS.add(key + " started on " + self + " while live on " + other);
            }
        }
        if (store != null) {
            count = store.load(key).orElse(0);
        }
    }

    @Override
    protected void onStop() {
        if (member.getLifecycleService().isRunning()) {
            activations.executeOnKey(key, new Activation(member.getCluster().getLocalMember().getUuid().toString(), false));
        }
    }

    @Override
    protected Object onReceive(Object message) throws Exception {
        return switch (message) {
            case Add add -> add(add.amount());
            case CompactAdd add -> add(add.amount());
            case Get get -> count;
            case WhereAreYou where -> member.getCluster().getLocalMember().getUuid().toString();
            case Numbered numbered -> numbered(numbered);
            case Fail fail -> throw new IllegalStateException(fail.why());
            case Opaque opaque -> new Unserializable();
            default -> super.onReceive(message);
        };
    }

    private int add(int amount) {
        count += amount;
        if (store != null) {
            store.save(key, count);
        }
        return count;
    }

    /** Numbers from one sender to one key must come 1, 2, 3...: checked against a shared IMap, across incarnations. */
    private long numbered(Numbered numbered) {
        Long last = sequences.put(key + "|" + numbered.sender(), numbered.number());
        long expected = last == null ? 1 : last + 1;
        if (numbered.number() != expected) {
            OUT_OF_ORDER.add(key + ": " + numbered.sender() + " sent " + numbered.number() + " after " + last);
        }
        return numbered.number();
    }

    @Override
    public int increment(int by) {
        return add(by);
    }

    @Override
    public CompletableFuture<Integer> current() {
        return CompletableFuture.completedFuture(count);
    }

    @Override
    public void addQuietly(int by) {
        add(by);
    }

    @Override
    public String where() {
        return member.getCluster().getLocalMember().getUuid().toString();
    }

    @Override
    public List<Integer> echo(List<Integer> values) {
        return values;
    }

    @Override
    public Object identity(Object value) {
        return value;
    }

    @Override
    public int failing(String why) throws java.io.IOException {
        throw new java.io.IOException(why);
    }

    /** Adds (or removes) a member to the set of members where a key is live; returns the set before. */
    static final class Activation implements EntryProcessor<String, HashSet<String>, HashSet<String>> {
        private static final long serialVersionUID = 1L;
        private final String member;
        private final boolean started;

        Activation(String member, boolean started) {
            this.member = member;
            this.started = started;
        }

        @Override
        public HashSet<String> process(Map.Entry<String, HashSet<String>> entry) {
            HashSet<String> before = entry.getValue() == null ? new HashSet<>() : entry.getValue();
            HashSet<String> after = new HashSet<>(before);
            if (started) {
                after.add(member);
            } else {
                after.remove(member);
            }
            entry.setValue(after.isEmpty() ? null : after);
            return before;
        }
    }
}
