package dev.actors;

import org.slf4j.Logger;
import org.slf4j.event.Level;

/**
 * Logging that never throws, for the runtime's paths that must go on to complete futures and
 * stop actors. SLF4J guards the {@code toString()} of {@code {}} arguments, but not the
 * throwable: Logback calls its {@code getMessage()} (and its causes', and their
 * {@code getStackTrace()}) while building the event, in the logging thread, so a failure that
 * cannot describe itself would otherwise kill the actor's thread half-way through a stop.
 *
 * <p>If the event cannot be logged whole, it is logged once more with the throwable replaced by
 * a stand-in that names its class (and keeps its stack trace when that can be read); if even
 * that fails, the event is dropped. Pykka has no equivalent (Python's logging catches errors
 * raised while formatting).
 */
final class SafeLog {

    private SafeLog() {
    }

    /**
     * Logs at {@code level}; the last argument may be a throwable, as in SLF4J. Never throws.
     *
     * @param log the logger
     * @param level the level
     * @param format an SLF4J format
     * @param arguments the {@code {}} values, then optionally the throwable
     */
    static void log(Logger log, Level level, String format, Object... arguments) {
        try {
            emit(log, level, format, arguments);
        } catch (Throwable unloggable) {
            try {
                emit(log, level, format, withStandIn(arguments, unloggable));
            } catch (Throwable stillUnloggable) {
                // Nothing more to do: the event is lost, the caller goes on.
            }
        }
    }

    private static void emit(Logger log, Level level, String format, Object[] arguments) {
        switch (level) {
            case ERROR -> log.error(format, arguments);
            case WARN -> log.warn(format, arguments);
            case INFO -> log.info(format, arguments);
            case DEBUG -> log.debug(format, arguments);
            case TRACE -> log.trace(format, arguments);
        }
    }

    private static Object[] withStandIn(Object[] arguments, Throwable unloggable) {
        Object[] safe = arguments.clone();
        int last = safe.length - 1;
        if (last >= 0 && safe[last] instanceof Throwable failure) {
            safe[last] = new UnprintableFailure(failure, unloggable);
        }
        return safe;
    }

    /** Stands for a throwable whose own description threw while it was logged. */
    private static final class UnprintableFailure extends RuntimeException {

        UnprintableFailure(Throwable failure, Throwable unloggable) {
            super(failure.getClass().getName() + " (its description cannot be logged: "
                    + unloggable.getClass().getName() + " while formatting it)", null, false, true);
            try {
                setStackTrace(failure.getStackTrace());
            } catch (Throwable unreadable) {
                setStackTrace(new StackTraceElement[0]);
            }
        }
    }
}
