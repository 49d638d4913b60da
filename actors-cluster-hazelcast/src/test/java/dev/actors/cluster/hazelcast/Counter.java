package dev.actors.cluster.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import dev.actors.VirtualThreadActor;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A test entity: counts, remembers the sequence numbers it was sent per sender, and keeps a
 * cluster-wide activation count per key in a shared IMap (incremented in onStart, decremented in
 * onStop), recording any moment two incarnations of one key are live.
 */
class Counter extends VirtualThreadActor implements CounterApi {

    /** Keys seen live on two members (or twice) at once, with where: must stay empty. */
    static final Queue<String> DOUBLE_ACTIVATIONS = new ConcurrentLinkedQueue<>();
    /** Sequence numbers seen out of order: must stay empty. */
    static final Queue<String> OUT_OF_ORDER = new ConcurrentLinkedQueue<>();

    record Add(int amount) implements Serializable {
    }

    record Get() implements Serializable {
    }

    record WhereAreYou() implements Serializable {
    }

    /** A numbered message from one sender thread: numbers must arrive increasing per sender. */
    record Numbered(String sender, long number) implements Serializable {
    }

    record Fail(String why) implements Serializable {
    }

    private final String key;
    private final HazelcastInstance member;
    private final IMap<String, Integer> activations;
    private final EntityStateStore<String, Integer> store;
    private final Map<String, Long> lastNumbers = new java.util.HashMap<>();
    private int count;

    Counter(String key, HazelcastInstance member, EntityStateStore<String, Integer> store) {
        this.key = key;
        this.member = member;
        this.activations = member.getMap("test.activations");
        this.store = store;
    }

    @Override
    protected void onStart() {
        int live = activations.executeOnKey(key, new Increment(1));
        if (live > 1) {
            DOUBLE_ACTIVATIONS.add(key + " on " + member.getCluster().getLocalMember().getUuid() + " (" + live + " live)");
        }
        if (store != null) {
            count = store.load(key).orElse(0);
        }
    }

    @Override
    protected void onStop() {
        activations.executeOnKey(key, new Increment(-1));
    }

    @Override
    protected Object onReceive(Object message) throws Exception {
        return switch (message) {
            case Add add -> add(add.amount());
            case Get get -> count;
            case WhereAreYou where -> member.getCluster().getLocalMember().getUuid().toString();
            case Numbered numbered -> numbered(numbered);
            case Fail fail -> throw new IllegalStateException(fail.why());
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

    private long numbered(Numbered numbered) {
        Long last = lastNumbers.put(numbered.sender(), numbered.number());
        if (last != null && numbered.number() <= last) {
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

    /** Adds to the activation count of a key, returning the new count. */
    static final class Increment implements EntryProcessor<String, Integer, Integer> {
        private static final long serialVersionUID = 1L;
        private final int delta;

        Increment(int delta) {
            this.delta = delta;
        }

        @Override
        public Integer process(Map.Entry<String, Integer> entry) {
            int now = (entry.getValue() == null ? 0 : entry.getValue()) + delta;
            entry.setValue(now);
            return now;
        }
    }
}
