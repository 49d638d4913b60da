package dev.actors.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the bounded harnesses ({@link IdleActorFootprint}, {@link TimerThroughput},
 * {@link EntityFootprint}) in a fresh JVM on this JVM's class path, so that its heap and CPU
 * figures are that run's alone, and returns the one line of its output that starts with the
 * harness's result prefix (a result, or a line saying why it skipped).
 */
final class ForkedRun {

    private static final long TIMEOUT_MINUTES = 5;

    private ForkedRun() {
    }

    /**
     * The result line of {@code main} run with {@code jvmOptions} and {@code args}.
     *
     * @throws IllegalStateException naming {@code what} and quoting the child's output, if it
     *     printed no result line, exited with another status than 0 or ran out of time
     */
    static String resultLine(String what, String resultPrefix, List<String> jvmOptions, Class<?> main, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        StringBuilder transcript = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                transcript.append(line).append('\n');
                if (line.startsWith(resultPrefix)) {
                    result = line;
                }
            }
        }
        if (!child.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new IllegalStateException(what + " did not end within " + TIMEOUT_MINUTES + " minutes; its output was:\n"
                    + transcript);
        }
        if (result == null || child.exitValue() != 0) {
            throw new IllegalStateException(what + " printed no result or failed (exit status " + child.exitValue()
                    + "); its output was:\n" + transcript);
        }
        return result;
    }
}
