package dev.actors.cluster.hazelcast;

/**
 * Stands for an exception a remote entity threw that could not itself be serialized back to the
 * asker: it keeps the original class name, message and stack trace (its causes likewise, as
 * causes of this one). An exception that serializes reaches the asker as itself (a copy of the
 * same class). Pekko: a remote failure wrapped for the wire.
 */
public class RemoteEntityException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    /** Causes kept beyond the first (a cause chain can be cyclic). */
    private static final int MAX_CAUSES = 16;

    /** The class name of the exception the entity threw. */
    private final String remoteClassName;

    /**
     * Makes one standing for {@code remote}.
     *
     * @param remoteClassName the class name of the exception the entity threw
     * @param message its message, or {@code null}
     * @param cause a stand-in for its cause, or {@code null}
     */
    public RemoteEntityException(String remoteClassName, String message, RemoteEntityException cause) {
        super(remoteClassName + (message == null ? "" : ": " + message), cause);
        this.remoteClassName = remoteClassName;
    }

    /**
     * A stand-in for {@code thrown} and its causes, with their stack traces.
     *
     * @param thrown the exception the entity threw
     * @return the stand-in
     */
    public static RemoteEntityException of(Throwable thrown) {
        return of(thrown, MAX_CAUSES);
    }

    private static RemoteEntityException of(Throwable thrown, int causesLeft) {
        Throwable next = thrown.getCause();
        RemoteEntityException cause = next == null || next == thrown || causesLeft == 0 ? null : of(next, causesLeft - 1);
        RemoteEntityException standIn = new RemoteEntityException(thrown.getClass().getName(), thrown.getMessage(), cause);
        standIn.setStackTrace(thrown.getStackTrace());
        return standIn;
    }

    /**
     * The class name of the exception the entity threw.
     *
     * @return a fully qualified class name
     */
    public String remoteClassName() {
        return remoteClassName;
    }
}
