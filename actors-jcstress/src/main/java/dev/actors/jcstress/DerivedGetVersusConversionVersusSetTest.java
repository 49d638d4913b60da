package dev.actors.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import dev.actors.ActorFuture;
import dev.actors.ThreadingFuture;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Issue 9 item 4: one thread gets a derived future {@code d = source.map(v -> v + 1)}; another
 * converts it with {@code toCompletableFuture()}, has the source completed (by a virtual thread
 * it starts: jcstress schedules at most two actors on two CPUs) and waits for the conversion.
 * Before the fix, the completer ran the conversion's callback, which waited for the lock that
 * the parked getter held while the getter was never unparked: {@code set} and the conversion
 * hung until the getter's own (longer) timeout. Forbidden: anything but 42 twice ({@code -1}:
 * the getter failed; {@code -2}: the conversion was not done after 10 s, hung).
 */
@JCStressTest
@Outcome(id = "42, 42", expect = ACCEPTABLE, desc = "getter and conversion both saw the mapped value")
@State
public class DerivedGetVersusConversionVersusSetTest {

    /** How long the converter waits: a conversion not done by then is hung. */
    private static final Duration HUNG = Duration.ofSeconds(10);
    /** Longer than {@link #HUNG}, so that a getter left parked shows as a hung conversion. */
    private static final Duration GETTER_BOUND = Duration.ofSeconds(20);

    private final ThreadingFuture<Integer> source = new ThreadingFuture<>();
    private final ActorFuture<Integer> derived = source.map(value -> value + 1);

    /** @param r r1: what the getter saw, -1 on any failure */
    @Actor
    public void getter(II_Result r) {
        try {
            r.r1 = derived.get(GETTER_BOUND);
        } catch (RuntimeException e) {
            r.r1 = -1;
        }
    }

    /** @param r r2: the conversion's value, -2 if not done in time */
    @Actor
    public void converterAndSetter(II_Result r) {
        CompletableFuture<Integer> converted = derived.toCompletableFuture();
        Thread.ofVirtual().start(() -> source.set(41)); // a hung set must not hang this actor
        try {
            r.r2 = converted.get(HUNG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            r.r2 = -2;
        }
    }
}
