package dev.actors;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debugging aids. Pykka: {@code pykka.debug}.
 */
public final class ActorDebug {

    private static final Logger log = LoggerFactory.getLogger(ActorDebug.class);

    private ActorDebug() {
    }

    /**
     * Logs the current stack of every live thread at ERROR, one event per thread: the tool for
     * finding which actors wait on each other in a deadlock. Pykka:
     * {@code pykka.debug.log_thread_tracebacks()} (there CRITICAL, which SLF4J lacks). Virtual
     * threads that are not mounted are not listed by the JVM; use {@link ActorRef#stackTrace()}
     * for one actor.
     */
    public static void logThreadTracebacks() {
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            StringBuilder stack = new StringBuilder();
            for (StackTraceElement frame : entry.getValue()) {
                stack.append("\n\tat ").append(frame);
            }
            log.error("Current state of {} (id: {}):{}", thread.getName(), thread.threadId(), stack);
        }
    }
}
