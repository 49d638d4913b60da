package dev.actors.benchmarks;

import dev.actors.benchmarks.ours.OurRuntime;
import dev.actors.benchmarks.pekko.PekkoClassicRuntime;
import dev.actors.benchmarks.pekko.PekkoTypedRuntime;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The runtimes a benchmark can run on, by the name used in JMH's {@code impl} parameter.
 * Pekko runs twice: with its default dispatcher (a fork-join pool of at least 8 threads) and
 * with a 2-thread dispatcher (one per core here); the better of the two is the baseline.
 */
public enum Implementation {
    /** This library's {@code ThreadingActor}: one platform thread per actor. */
    THREADING("threading", () -> new OurRuntime(OurRuntime.Kind.THREADING)),
    /** This library's {@code VirtualThreadActor}. */
    VIRTUAL("virtual", () -> new OurRuntime(OurRuntime.Kind.VIRTUAL)),
    /** Pekko classic actors, default dispatcher. */
    PEKKO_CLASSIC("pekko-classic", () -> new PekkoClassicRuntime(false)),
    /** Pekko classic actors, 2-thread default dispatcher. */
    PEKKO_CLASSIC_2T("pekko-classic-2t", () -> new PekkoClassicRuntime(true)),
    /** Pekko typed actors, default dispatcher. */
    PEKKO_TYPED("pekko-typed", () -> new PekkoTypedRuntime(false)),
    /** Pekko typed actors, 2-thread default dispatcher. */
    PEKKO_TYPED_2T("pekko-typed-2t", () -> new PekkoTypedRuntime(true));

    private final String label;
    private final Supplier<ActorRuntime> factory;

    Implementation(String label, Supplier<ActorRuntime> factory) {
        this.label = label;
        this.factory = factory;
    }

    /** The name used in the {@code impl} parameter and in reports. */
    public String label() {
        return label;
    }

    /** Whether this is a Pekko baseline rather than this library. */
    public boolean isPekko() {
        return label.startsWith("pekko");
    }

    /** Starts a fresh runtime of this kind. */
    public ActorRuntime open() {
        return factory.get();
    }

    /** The implementation named {@code label}, e.g. {@code "pekko-classic-2t"}. */
    public static Implementation byLabel(String label) {
        return Arrays.stream(values())
                .filter(candidate -> candidate.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown implementation '" + label
                        + "': use one of " + Arrays.stream(values()).map(Implementation::label).toList()));
    }
}
