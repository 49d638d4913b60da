package dev.actors.cluster.hazelcast;

/** The answers of a {@link DeliverTask}: what the member it was sent to did with the batch. */
final class Delivery {

    /** In the entities' mailboxes (or waiting for them to start), in order. */
    static final int ACCEPTED = 0;
    /** The partition's previous holder is still handing it over: try again shortly. */
    static final int BUSY = 1;
    /** That member does not own the partition (any more): look the owner up again. */
    static final int NOT_OWNER = 2;
    /** That member has not (yet) made entities of a kind in the batch: try again until the deadline. */
    static final int NOT_READY = 3;
    /** That member sees fewer members than the minimum cluster size: fail the batch. */
    static final int MINORITY = 4;
    /** That member is leaving (its entity cluster is closed): try again, the partition is about to move. */
    static final int CLOSED = 5;

    private Delivery() {
    }

    /** Whether a batch answered {@code code} should be sent again (to the owner then). */
    static boolean retries(int code) {
        return code == BUSY || code == NOT_OWNER || code == NOT_READY || code == CLOSED;
    }

    static String describe(int code) {
        return switch (code) {
            case ACCEPTED -> "accepted";
            case BUSY -> "busy: the partition's previous holder is still handing it over";
            case NOT_OWNER -> "not the owner: the partition table was changing";
            case NOT_READY -> "it has no such entities: deploy the same application, with the same entity kinds, on every "
                    + "member (or it is still starting)";
            case MINORITY -> "it sees fewer members than the minimum cluster size";
            case CLOSED -> "it is leaving";
            default -> "unknown answer " + code;
        };
    }
}
