package dev.actors.benchmarks.pekko;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

/** The Pekko settings the benchmarks run with: Pekko's defaults, quiet logging, and optionally a 2-thread dispatcher. */
final class PekkoConfig {

    private static final String QUIET = """
            pekko.loglevel = "WARNING"
            pekko.stdout-loglevel = "WARNING"
            pekko.log-dead-letters = off
            pekko.log-dead-letters-during-shutdown = off
            """;

    /** Sizes the default dispatcher's fork-join pool to exactly two threads (one per core on the reference machine). */
    private static final String TWO_THREADS = """
            pekko.actor.default-dispatcher.fork-join-executor {
              parallelism-min = 2
              parallelism-max = 2
            }
            """;

    private PekkoConfig() {
    }

    static Config load(boolean twoThreadDispatcher) {
        String overrides = twoThreadDispatcher ? QUIET + TWO_THREADS : QUIET;
        return ConfigFactory.parseString(overrides).withFallback(ConfigFactory.load());
    }
}
