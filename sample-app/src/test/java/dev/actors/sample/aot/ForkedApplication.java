package dev.actors.sample.aot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spring Boot main class run in a new JVM on this test's class path, as
 * {@code java -Dspring.aot.enabled=true -cp ... Main} would run it, with its output collected.
 * Destroyed forcibly on {@link #close()}, so a failing test leaves no process behind. Also the
 * replicas of {@code ClusterReplicaKillTests}, one of which it kills with {@link #kill()}.
 */
public final class ForkedApplication implements AutoCloseable {

    private final Process process;

    private final List<String> lines = new ArrayList<>();

    private final Pattern awaited;

    private final CompletableFuture<Matcher> awaitedLine = new CompletableFuture<>();

    private final Thread reader;

    /** Run by the reader thread on the next line matching its pattern, then dropped; guarded by {@code lines}. */
    private Pattern killOn;

    private CompletableFuture<String> killedOn;

    private ForkedApplication(Process process, Pattern awaited) {
        this.process = process;
        this.awaited = awaited;
        this.reader = Thread.ofPlatform().daemon().name("forked-application-output").start(this::readOutput);
    }

    /**
     * Starts {@code mainClass} in a new JVM.
     *
     * @param awaited a pattern that {@link #awaitLine} waits for, line by line
     */
    public static ForkedApplication start(Class<?> mainClass, List<String> jvmOptions, Pattern awaited, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ForkedApplication(new ProcessBuilder(command).redirectErrorStream(true).start(), awaited);
    }

    /**
     * Waits for the first line matching the awaited pattern.
     *
     * @return the match
     * @throws AssertionError with the output so far when it is not printed within {@code timeout}
     *     or the JVM exits first
     */
    public Matcher awaitLine(Duration timeout) throws InterruptedException {
        try {
            return awaitedLine.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException | ExecutionException notPrinted) {
            throw new AssertionError("No line matching '" + awaited + "' within " + timeout + "; output:\n" + output());
        }
    }

    /** @return the output so far */
    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /**
     * The last lines of the output, for a failure message.
     *
     * @param count how many lines at most
     * @return them
     */
    public String lastLines(int count) {
        synchronized (lines) {
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        }
    }

    /** @return the JVM's process id */
    public long pid() {
        return process.pid();
    }

    /**
     * Kills the JVM at once: {@link Process#destroyForcibly()} is {@code SIGKILL} on Linux, as
     * {@code kill -9}, so no shutdown hook, {@code onStop} or graceful leave runs.
     *
     * @throws AssertionError if it is still alive 10 s later
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("JVM " + process.pid() + " still alive 10 s after SIGKILL");
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
                Matcher matcher = awaited.matcher(line);
                if (matcher.find()) {
                    awaitedLine.complete(matcher);
                }
                killIfAwaited(line);
            }
        }
        catch (IOException unreadable) {
            synchronized (lines) {
                lines.add("(output unreadable: " + unreadable + ")");
            }
        }
        awaitedLine.completeExceptionally(new IllegalStateException("the JVM exited"));
    }

    /**
     * Kills the JVM ({@code SIGKILL}) as soon as it prints a line matching {@code pattern}: from
     * the thread that reads its output, so within moments of the line, not after a poll.
     *
     * @param pattern the line to wait for
     * @return completed with the line once the kill is sent (never, if no such line comes)
     */
    public CompletableFuture<String> killOnLine(Pattern pattern) {
        synchronized (lines) {
            killOn = pattern;
            killedOn = new CompletableFuture<>();
            return killedOn;
        }
    }

    private void killIfAwaited(String line) {
        CompletableFuture<String> kill;
        synchronized (lines) {
            if (killOn == null || !killOn.matcher(line).find()) {
                return;
            }
            killOn = null;
            kill = killedOn;
        }
        process.destroyForcibly();
        kill.complete(line);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        reader.join(Duration.ofSeconds(5));
    }
}
