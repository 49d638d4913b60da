package dev.actors.jcstress;

import dev.actors.DeadLetter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Counts a registry's dead letters per message and reason (a registry's dead-letter listener). */
public final class DeadLetterLedger implements Consumer<DeadLetter> {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    @Override
    public void accept(DeadLetter deadLetter) {
        counts.computeIfAbsent(deadLetter.message() + "/" + deadLetter.reason(), key -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * @param message a message the test sent
     * @param reason a reason
     * @return how many dead letters of that message had that reason
     */
    public int count(Object message, DeadLetter.Reason reason) {
        AtomicInteger count = counts.get(message + "/" + reason);
        return count == null ? 0 : count.get();
    }
}
