package dev.actors.cluster.hazelcast;

/**
 * A member that sees fewer members than {@link ClusterSettings#minimumClusterSize()} refuses to
 * start or run clustered entities: it is on the minority side of a split brain (or the cluster
 * is still forming), and running entities there could run a second copy of a key that the
 * majority also runs. Sends through it fail with this exception until enough members are
 * visible again. Pekko: the split brain resolver's {@code keep-majority} (the minority downs
 * itself), as a refusal instead of a shutdown.
 */
public class MinimumClusterSizeException extends EntityUnreachableException {

    private static final long serialVersionUID = 1L;

    /**
     * Makes one with a complete message.
     *
     * @param message the sizes seen and needed, and what to do
     */
    public MinimumClusterSizeException(String message) {
        super(message);
    }
}
