package dev.actors.cluster.hazelcast;

/**
 * A told message (a tell, or a {@code void} interface call) to a remote entity that this member
 * knows was not delivered, or may not have been: the cluster's dead letter, given to the
 * listeners of {@link EntityCluster#addDeadLetterListener}. The registry's own
 * {@link dev.actors.DeadLetter} names a local {@code ActorRef}, which a remote entity does not
 * have on the sending member; the owner's registry still has its own dead letters for messages
 * that reached it. Pekko: a {@code DeadLetter} of a remote recipient.
 *
 * @param kind the entity kind (the entity class's name)
 * @param key the entity's key, as the sender gave it (a copy, read back from what was sent)
 * @param message the told message (a copy), or for a {@code void} interface call a description of
 *     it such as {@code "CounterApi.add(5)"}
 * @param reason why: {@link ClusterCounters.Failure#MEMBER_LEFT} (the owner left while it was in
 *     flight: it may or may not have been handled), {@link ClusterCounters.Failure#UNREACHABLE}
 *     (no member took it before its deadline, or the send failed) or
 *     {@link ClusterCounters.Failure#MINORITY} (the owner is below the minimum cluster size)
 * @param why the same in words, as logged
 */
public record ClusterDeadLetter(String kind, Object key, Object message, ClusterCounters.Failure reason, String why) {
}
