package dev.actors.spring.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running a main class on this test's class path, with its output collected
 * line by line (so the test can wait for a line and read the logs). Always destroyed
 * forcibly on {@link #close()}, so a failing test leaves no process behind.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final String awaited;
    private final CountDownLatch awaitedSeen = new CountDownLatch(1);
    private final Thread reader;

    private ChildJvm(Process process, String awaited) {
        this.process = process;
        this.awaited = awaited;
        this.reader = Thread.ofPlatform().daemon().name("child-jvm-output").start(this::readOutput);
    }

    /**
     * Starts {@code mainClass} with the given arguments in a new JVM.
     *
     * @param awaited a line prefix that {@link #awaitLine} waits for
     */
    static ChildJvm start(Class<?> mainClass, String awaited, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new ChildJvm(process, awaited);
    }

    /** @return whether the awaited line was printed within {@code timeout} */
    boolean awaitLine(Duration timeout) throws InterruptedException {
        return awaitedSeen.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Sends SIGTERM, as a service manager or {@code docker stop} does. Through the process
     * handle: {@code Process.destroy()} would also close the output stream still being read.
     */
    void terminate() {
        process.toHandle().destroy();
    }

    /** @return whether the JVM exited within {@code timeout} */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return the output so far, waiting (bounded) for the reader to drain it if the JVM has exited */
    String output() throws InterruptedException {
        if (!process.isAlive()) {
            reader.join(Duration.ofSeconds(5));
        }
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
                if (line.startsWith(awaited)) {
                    awaitedSeen.countDown();
                }
            }
        } catch (IOException e) {
            synchronized (lines) {
                lines.add("(output unreadable: " + e + ")");
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
