package dev.actors.sample.bank.transfer;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipAdapter;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.core.HazelcastInstance;
import dev.actors.sample.bank.TransferInDoubtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Finishes the transfers their coordinator left unfinished: in the {@code cluster} profile, on a
 * survivor, those of a crashed replica; in both profiles, those a coordinator gave up on (an
 * account that did not answer, {@link dev.actors.sample.bank.TransferInDoubtException}). A sweep
 * reads the journal's {@link TransferStatus#PENDING PENDING} transfers and takes over those whose
 * coordinator is no longer a member of the cluster (with a Hazelcast member in the context), or
 * gave up on them (no coordinator): it claims each with a compare-and-set on its journal entry (so one replica, not
 * all, drives it) and runs its steps again with {@link TransferSteps}, which completes it or
 * reverses it. The steps are idempotent per transfer id, so the steps the dead coordinator had
 * applied are not applied twice. A sweep runs when a member leaves (Hazelcast's membership event)
 * and every {@code bank.transfers.recovery-interval} (default 2 s), which also retries transfers
 * a sweep could not finish. Its thread is stopped when the context closes, before the entity
 * cluster and Hazelcast are.
 */
@Component
public class TransferRecovery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TransferRecovery.class);

    private final HazelcastInstance hazelcast;

    private final TransferJournal journal;

    private final TransferSteps steps;

    private final Duration interval;

    private ScheduledExecutorService sweeper;

    private UUID membershipListener;

    /**
     * Creates the recovery.
     *
     * @param hazelcast this replica's member, for the membership, if the context has one
     * @param journal the transfer journal
     * @param steps runs a transfer's steps
     * @param interval how often to sweep besides when a member leaves
     */
    public TransferRecovery(ObjectProvider<HazelcastInstance> hazelcast, TransferJournal journal, TransferSteps steps,
            @Value("${bank.transfers.recovery-interval:2s}") Duration interval) {
        this.hazelcast = hazelcast.getIfAvailable();
        this.journal = journal;
        this.steps = steps;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        sweeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("transfer-recovery")
                .factory());
        sweeper.scheduleWithFixedDelay(this::sweep, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        if (hazelcast == null) {
            return; // one process: only the transfers a coordinator gave up on
        }
        membershipListener = hazelcast.getCluster().addMembershipListener(new MembershipAdapter() {
            @Override
            public void memberRemoved(MembershipEvent event) {
                log.info("Member {} left the cluster: recovering the transfers it coordinated", event.getMember());
                sweeper.execute(TransferRecovery.this::sweep);
            }
        });
    }

    @Override
    public synchronized void stop() {
        if (sweeper == null) {
            return;
        }
        if (membershipListener != null && hazelcast.getLifecycleService().isRunning()) {
            hazelcast.getCluster().removeMembershipListener(membershipListener);
        }
        membershipListener = null;
        sweeper.shutdownNow();
        sweeper = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return sweeper != null;
    }

    /** Finishes every unfinished transfer whose coordinator left or gave up; runs on the sweeper's thread only. */
    void sweep() {
        try {
            Set<String> members = hazelcast == null ? Set.of(journal.localCoordinator())
                    : hazelcast.getCluster().getMembers().stream().map(Member::getUuid).map(UUID::toString)
                            .collect(Collectors.toSet());
            for (TransferRecord transfer : journal.unfinished()) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                if (transfer.coordinator() == null || !members.contains(transfer.coordinator())) {
                    recover(transfer);
                }
            }
        }
        catch (RuntimeException failed) {
            // The next sweep tries again: an unfinished transfer stays journaled.
            log.warn("A transfer recovery sweep failed: {}", failed.toString());
        }
    }

    private void recover(TransferRecord orphan) {
        TransferRecord claimed = orphan.coordinatedBy(journal.localCoordinator());
        if (!journal.claim(orphan, claimed)) {
            return; // another replica took it, or its coordinator finished it meanwhile
        }
        log.info("Recovering transfer {} ({} cents from {} to {}), left unfinished by {}", orphan.transferId(),
                orphan.amountCents(), orphan.fromAccountId(), orphan.toAccountId(),
                orphan.coordinator() == null ? "its coordinator, which gave up" : "member " + orphan.coordinator());
        try {
            steps.resume(claimed);
            log.info("Recovered transfer {}: done", orphan.transferId());
        }
        catch (TransferInDoubtException stillInDoubt) {
            log.warn("Transfer {} is still in doubt; the next sweep tries again", orphan.transferId());
        }
        catch (RuntimeException refused) {
            log.info("Recovered transfer {}: {} ({})", orphan.transferId(),
                    journal.find(orphan.transferId()).map(TransferRecord::status).orElse(null), refused.getMessage());
        }
    }
}
