package dev.actors.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link IdleActorFootprint} once per implementation, each in a fresh JVM with the same
 * heap settings, and prints one line per implementation. {@code ThreadingActor} is left out:
 * a million platform threads do not fit in any machine's thread limit, and its cost is the
 * thread's native stack, not heap.
 */
final class FootprintComparison {

    private static final List<Implementation> IMPLEMENTATIONS =
            List.of(Implementation.VIRTUAL, Implementation.PEKKO_CLASSIC, Implementation.PEKKO_TYPED);
    private static final long CHILD_TIMEOUT_MINUTES = 5;

    private FootprintComparison() {
    }

    static void run(int actors, PrintStream out) throws IOException, InterruptedException {
        out.println();
        out.println("Heap per idle actor (" + actors + " echo actors each, fresh JVM, -Xmx3g, after full GC):");
        for (Implementation implementation : IMPLEMENTATIONS) {
            out.println(measure(implementation, actors));
        }
    }

    private static String measure(Implementation implementation, int actors) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                IdleActorFootprint.class.getName(), implementation.label(), Integer.toString(actors))
                .redirectErrorStream(true)
                .start();
        String result = null;
        StringBuilder transcript = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                transcript.append(line).append('\n');
                if (line.startsWith(IdleActorFootprint.RESULT_PREFIX)) {
                    result = line;
                }
            }
        }
        if (!child.waitFor(CHILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            child.destroyForcibly();
        }
        if (result == null) {
            throw new IllegalStateException("Footprint run for " + implementation.label()
                    + " printed no result; its output was:\n" + transcript);
        }
        return result;
    }
}
